package com.crcloud.customer.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** How the record sections show amounts, dates, shares and file sizes. */
final class RecordFormat {

    private RecordFormat() {
    }

    static String amount(BigDecimal value, String currency, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value) + (currency == null ? "" : " " + currency);
    }

    /** ISO dates: unambiguous in both languages. */
    static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    static String percent(BigDecimal fraction, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
