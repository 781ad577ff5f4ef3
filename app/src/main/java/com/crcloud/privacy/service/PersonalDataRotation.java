package com.crcloud.privacy.service;

import com.crcloud.privacy.domain.PersonalDataColumns;
import com.crcloud.privacy.domain.PersonalDataNativeRepository;
import com.crcloud.privacy.domain.PersonalDataColumns.EncryptedTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Brings every encrypted column under the active key: values written with an older key version and plaintext from
 * before encryption (history rows included) are re-encrypted, and missing blind indexes are computed. Runs in the
 * background at the first start with a new active key (so rotating a key is: add it to the key file, make it
 * active, restart; a completed pass is recorded per key version and later starts skip it) and is safe to run on
 * several nodes at once; each page of rows is one transaction.
 */
@Service
public class PersonalDataRotation {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRotation.class);

    private final PersonalDataNativeRepository rows;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate transaction;
    private final int batch;
    private final Clock clock;

    public PersonalDataRotation(PersonalDataNativeRepository rows, PersonalDataCipher cipher,
                                PlatformTransactionManager transactionManager, EncryptionProperties properties, Clock clock) {
        this.rows = rows;
        this.clock = clock;
        this.cipher = cipher;
        this.transaction = new TransactionTemplate(transactionManager);
        this.batch = properties.rotationBatch();
    }

    @EventListener(ApplicationReadyEvent.class)
    void rotateInBackground() {
        int active = cipher.activeKeyVersion();
        if (rows.completed(active)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Map<String, Integer> rewritten = rotate();
                rows.markCompleted(active, clock.instant());
                log.info("Personal data brought under the active key (version {}): {}", active, rewritten);
            } catch (RuntimeException e) {
                log.error("Re-encrypting personal data failed; it resumes at the next start", e);
            }
        }, "personal-data-rotation");
        thread.setDaemon(true);
        thread.start();
    }

    /** Rows rewritten per table. */
    public Map<String, Integer> rotate() {
        Map<String, Integer> rewritten = new LinkedHashMap<>();
        for (EncryptedTable table : PersonalDataColumns.TABLES) {
            int count = 0;
            for (String tenant : rows.tenants()) {
                count += rotate(table, tenant);
            }
            rewritten.put(table.name(), count);
        }
        return rewritten;
    }

    private int rotate(EncryptedTable table, String tenant) {
        int count = 0;
        List<Object> after = null;
        while (true) {
            List<Object> from = after;
            List<Map<String, Object>> page = transaction.execute(status -> rows.page(table, tenant, from, batch));
            if (page == null || page.isEmpty()) {
                return count;
            }
            count += Objects.requireNonNull(transaction.execute(status -> page.stream()
                    .map(row -> replacement(table, row))
                    .filter(change -> !change.getValue().isEmpty())
                    .mapToInt(change -> rows.replace(table, tenant, change.getKey(), change.getValue()) ? 1 : 0)
                    .sum()));
            Map<String, Object> last = page.get(page.size() - 1);
            after = table.keyColumns().stream().map(last::get).toList();
        }
    }

    /** The row and the columns to rewrite in it (none when everything is under the active key and indexed). */
    private Map.Entry<Map<String, Object>, Map<String, Object>> replacement(EncryptedTable table, Map<String, Object> row) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String column : table.textColumns()) {
            String stored = (String) row.get(column);
            if (!cipher.underActiveKey(stored)) {
                changes.put(column, cipher.encrypt(cipher.decrypt(stored)));
            }
        }
        for (String column : table.binaryColumns()) {
            byte[] stored = (byte[]) row.get(column);
            if (!cipher.underActiveKey(stored)) {
                changes.put(column, cipher.encrypt(cipher.decrypt(stored)));
            }
        }
        if (table.indexColumns().contains("national_id_index")) {
            indexes(row).forEach((column, index) -> {
                if (!Objects.equals(row.get(column), index)) {
                    changes.put(column, index);
                }
            });
        }
        return Map.entry(row, changes);
    }

    private Map<String, Object> indexes(Map<String, Object> customer) {
        Map<String, Object> indexes = new LinkedHashMap<>();
        indexes.put("national_id_index", BlindIndexes.nationalId(cipher, (String) customer.get("national_id_type"),
                cipher.decrypt((String) customer.get("national_id_number"))));
        indexes.put("email_index", BlindIndexes.email(cipher, cipher.decrypt((String) customer.get("email"))));
        indexes.put("phone_index", BlindIndexes.phone(cipher, cipher.decrypt((String) customer.get("phone"))));
        return indexes;
    }
}
