package com.crcloud.audit.ui;

import com.crcloud.audit.service.FieldChange;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Audited values as people read them: field labels from the {@code <entity>.<field>} keys, instants in the
 * tenant's time zone, dates and amounts in the UI's language, enum constants by their labels where the bundles
 * have them ({@code <enumType>.<NAME>}), yes/no for flags, a dash for nothing.
 */
final class AuditValues {

    private static final List<String> TECHNICAL_FIELDS = List.of("id", "tenantId", "version");

    private final Component owner;
    private final TenantTime time;
    private final Locale locale;

    AuditValues(Component owner, TenantTime time, Locale locale) {
        this.owner = owner;
        this.time = time;
        this.locale = locale;
    }

    String label(Class<?> type, String field) {
        return owner.getTranslation(uncapitalize(type.getSimpleName()) + "." + field);
    }

    /** The entity type's name ({@code audit.entity.<SimpleName>}). */
    String entityLabel(Class<?> type) {
        String label = owner.getTranslation("audit.entity." + type.getSimpleName());
        return label.startsWith("!") ? type.getSimpleName() : label;
    }

    String format(Object value) {
        if (value == null || (value instanceof String text && text.isEmpty())) {
            return "\u2014";
        }
        if (value instanceof Instant instant) {
            return time.format(instant, locale);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
        }
        if (value instanceof BigDecimal amount) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(Math.max(2, amount.scale()));
            return format.format(amount);
        }
        if (value instanceof Boolean flag) {
            return owner.getTranslation(flag ? "audit.value.yes" : "audit.value.no");
        }
        if (value instanceof Enum<?> constant) {
            String label = owner.getTranslation(uncapitalize(constant.getDeclaringClass().getSimpleName()) + "." + constant.name());
            return label.startsWith("!") ? constant.name() : label;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(this::format).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    /** Each change as "Label: old → new", one per line. */
    Component changes(Class<?> type, List<FieldChange> changes) {
        Div list = new Div();
        list.addClassName("audit-changes");
        for (FieldChange change : changes) {
            Div line = new Div(new Span(label(type, change.field()) + ": "), new Span(format(change.before()) + " \u2192 " + format(change.after())));
            line.getElement().setAttribute("data-field", change.field());
            list.add(line);
        }
        return list;
    }

    /** Every audited field of a state, "Label: value", one per line: the record as it was. */
    Component state(Class<?> type, Object state) {
        Div list = new Div();
        list.addClassName("audit-state");
        List<Div> lines = new ArrayList<>();
        ReflectionUtils.doWithFields(type, field -> {
            ReflectionUtils.makeAccessible(field);
            Div line = new Div(new Span(label(type, field.getName()) + ": "), new Span(format(field.get(state))));
            line.getElement().setAttribute("data-field", field.getName());
            lines.add(line);
        }, field -> !Modifier.isStatic(field.getModifiers()) && !TECHNICAL_FIELDS.contains(field.getName())
                && !field.isAnnotationPresent(org.hibernate.envers.NotAudited.class));
        lines.forEach(list::add);
        return list;
    }

    static String uncapitalize(String name) {
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
