package com.crcloud.customer.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.masking.Masks;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.user.Authorities;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Exports the customers a {@link CustomerFilter} selects as customer CSV, in the import's format, UTF-8 with a
 * byte-order mark so that spreadsheets show Chinese names correctly. The file is produced page by page as it is
 * read, never the whole table at once. ID numbers and phones are masked as on screen (a file of plain values
 * would be a bulk reveal), so those two columns cannot be imported again. Every export is logged with who asked
 * for which filter.
 */
@Service
public class CustomerExportService {

    private static final Logger log = LoggerFactory.getLogger(CustomerExportService.class);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CustomerRepository customers;
    private final CustomerSearch search;
    private final int pageSize;

    @Autowired
    public CustomerExportService(CustomerRepository customers, CustomerSearch search) {
        this(customers, search, 500);
    }

    CustomerExportService(CustomerRepository customers, CustomerSearch search, int pageSize) {
        this.customers = customers;
        this.search = search;
        this.pageSize = pageSize;
    }

    /** The CSV file, read lazily: each page is fetched (by keyset, in ID order) when the reader needs it. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.COMPLIANCE_OFFICER})
    public InputStream export(CustomerFilter filter) {
        String who = SecurityContextHolder.getContext().getAuthentication().getName();
        String tenant = TenantContext.requireTenantId();
        log.info("Customer export by {} in {}: filter text='{}', ID type={}", who, tenant, filter.text(), filter.nationalIdType());
        return new PagedStream(filter, who, tenant);
    }

    /** Bytes of a header chunk, then one chunk per page, until a page comes back short. */
    private final class PagedStream extends InputStream {

        private final Specification<Customer> matching;
        private final String who;
        private final String tenant;
        private byte[] chunk;
        private int position;
        private UUID lastId;
        private boolean lastPage;
        private long rows;

        PagedStream(CustomerFilter filter, String who, String tenant) {
            this.matching = search.matching(filter);
            this.who = who;
            this.tenant = tenant;
            this.chunk = header();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            while (position == chunk.length) {
                if (lastPage) {
                    return -1;
                }
                chunk = nextPage();
                position = 0;
            }
            int count = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, count);
            position += count;
            return count;
        }

        private byte[] header() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(UTF8_BOM);
            print(bytes, printer -> printer.printRecord(Arrays.stream(CustomerCsvColumn.values()).map(CustomerCsvColumn::header)));
            return bytes.toByteArray();
        }

        private byte[] nextPage() {
            UUID after = lastId;
            Specification<Customer> page = after == null ? matching
                    : matching.and((root, query, cb) -> cb.greaterThan(root.get("id"), after));
            List<Customer> found = customers.findBy(page, query -> query.sortBy(Sort.by("id")).limit(pageSize).all());
            lastPage = found.size() < pageSize;
            rows += found.size();
            if (!found.isEmpty()) {
                lastId = found.get(found.size() - 1).getId();
            }
            if (lastPage) {
                log.info("Customer export by {} in {} finished: {} rows", who, tenant, rows);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            print(bytes, printer -> {
                for (Customer customer : found) {
                    Customer shown = Masks.shown(customer);
                    printer.printRecord(Arrays.stream(CustomerCsvColumn.values()).map(column -> column.write(shown)));
                }
            });
            return bytes.toByteArray();
        }

        private static void print(ByteArrayOutputStream bytes, PrintWork work) {
            try {
                CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CustomerCsvReader.FORMAT);
                work.print(printer);
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FunctionalInterface
    private interface PrintWork {
        void print(CSVPrinter printer) throws IOException;
    }
}
