package com.crcloud.customer.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerNamePart;
import com.crcloud.customer.domain.NameParts;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.privacy.service.BlindIndexes;
import com.crcloud.privacy.service.PersonalDataCipher;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The customer list's filter as a query, shared with the CSV export so it exports exactly what the list shows.
 * Names match by the beginnings of their parts ({@link NameParts}); the encrypted ID number, email and phone match whole values through their blind indexes
 * (a text with an @ is an email, one with digits an ID number or phone, anything else part of a name).
 */
@Component
public class CustomerSearch {

    /** Digits with the usual phone punctuation (and at least five digits, checked apart). */
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9 ()\\-]+");

    private final PersonalDataCipher cipher;

    CustomerSearch(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    public Specification<Customer> matching(CustomerFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                String text = filter.text().trim();
                List<Predicate> any = new ArrayList<>();
                if (text.contains("@")) {
                    any.add(cb.equal(root.get("emailIndex"), BlindIndexes.email(cipher, text)));
                } else if (text.chars().anyMatch(Character::isDigit)) {
                    // Names hold no digits: an ID number or phone is looked up through its index alone, not a scan.
                    any.add(root.get("nationalIdIndex").in(Arrays.stream(NationalIdType.values())
                            .map(type -> nationalIdIndex(type, text)).filter(Objects::nonNull).toList()));
                    if (PHONE_CHARACTERS.matcher(text).matches() && text.replaceAll("[^0-9]", "").length() >= 5) {
                        any.add(cb.equal(root.get("phoneIndex"), BlindIndexes.phone(cipher, text)));
                    }
                } else {
                    any.add(nameMatches(text, root, query, cb));
                }
                predicates.add(cb.or(any.toArray(Predicate[]::new)));
            }
            if (filter.nationalIdType() != null) {
                predicates.add(cb.equal(root.get("nationalIdType"), filter.nationalIdType()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Every term of the text begins a part of the customer's name, found through the parts' index. */
    private static Predicate nameMatches(String text, Root<Customer> root, CriteriaQuery<?> query, CriteriaBuilder cb) {
        List<String> terms = NameParts.searchTerms(text);
        if (terms.isEmpty()) {
            return cb.disjunction();
        }
        List<Predicate> all = new ArrayList<>();
        for (String term : terms) {
            Subquery<UUID> named = query.subquery(UUID.class);
            Root<CustomerNamePart> part = named.from(CustomerNamePart.class);
            named.select(part.get("customerId")).where(cb.like(part.get("part"), escapeLike(term) + "%", '\\'));
            all.add(root.get("id").in(named));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    /** The blind index an ID number of this type is stored under (numbers are kept in upper case). */
    public String nationalIdIndex(NationalIdType type, String number) {
        return BlindIndexes.nationalId(cipher, type.name(), number);
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
