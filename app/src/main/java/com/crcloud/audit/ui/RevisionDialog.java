package com.crcloud.audit.ui;

import com.crcloud.audit.domain.AuditLogRow;
import com.crcloud.audit.service.RevisionDetail;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * One revision of the audit log: who (and in which roles), when, from where, why, its place in the hash chain,
 * and per entity it changed each field's old and new value, or the last state of a deleted entity. Read only.
 */
final class RevisionDialog extends Dialog {

    RevisionDialog(RevisionDetail detail, TenantTime time) {
        AuditValues values = new AuditValues(this, time, getLocale());
        AuditLogRow row = detail.revision();
        setId("revision-dialog");
        setHeaderTitle(getTranslation("audit.revision.title", row.revision()));
        setWidth("56rem");
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.add(line("audit.when", time.format(row.timestamp(), getLocale())),
                line("audit.who", row.username() == null ? "" : row.username()),
                line("audit.roles", row.roles() == null ? "" : row.roles()),
                line("audit.screen", row.screen() == null ? "" : row.screen()),
                line("audit.reason", row.reason() == null ? "" : row.reason()),
                line("audit.chainPosition", row.chainSeq() == null ? getTranslation("audit.chain.pending")
                        : row.chainSeq() + " \u00b7 " + row.chainHash()));
        for (RevisionDetail.EntityChange change : detail.shownEntities()) {
            Div entity = new Div();
            entity.addClassName("revision-entity");
            entity.getElement().setAttribute("data-entity-id", change.entityId());
            entity.add(new H4(values.entityLabel(change.entityClass()) + " " + change.entityId() + " \u00b7 "
                    + getTranslation("audit.type." + change.type().name())));
            if (change.state() == null) {
                entity.add(new Span(getTranslation("audit.revision.noRows")));
            } else if (change.type() == org.hibernate.envers.RevisionType.DEL) {
                entity.add(new Span(getTranslation("audit.revision.lastState")), values.state(change.entityClass(), change.state()));
            } else {
                entity.add(values.changes(change.entityClass(), change.changes()));
            }
            content.add(entity);
        }
        if (detail.totalEntities() > detail.shownEntities().size()) {
            content.add(new Span(getTranslation("audit.revision.more", detail.totalEntities() - detail.shownEntities().size())));
        }
        add(content);
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.setId("revision-close");
        getFooter().add(close);
    }

    private Div line(String labelKey, String value) {
        Div line = new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
        line.addClassName("revision-meta");
        return line;
    }
}
