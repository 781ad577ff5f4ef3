package com.crcloud.customer.domain;

import java.util.List;
import java.util.UUID;

public interface LoanRepaymentRepository extends CustomerRecordRepository<LoanRepayment> {

    List<LoanRepayment> findByLoanIdOrderByDueDateDesc(UUID loanId);
}
