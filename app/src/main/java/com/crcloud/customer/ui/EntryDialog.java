package com.crcloud.customer.ui;

import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.customer.service.InvalidCustomerException;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;

import java.util.function.BiFunction;

/**
 * Adds or edits one record entry. The dialog stays open with everything typed when a rule or the service refuses
 * the change; a concurrent change offers to reload. Read-only for roles that may not edit.
 */
final class EntryDialog<T> extends Dialog {

    private final T bean;
    private final EntryForm<T> form;
    private final BiFunction<T, String, T> save;
    private final Runnable afterChange;
    private final TextField reason = new TextField();

    /**
     * @param save        stores the bean with the reason given; throws the service's exceptions
     * @param afterChange refreshes what the page shows, after a save or when the user reloads
     */
    EntryDialog(String title, T bean, EntryForm<T> form, boolean editable, BiFunction<T, String, T> save, Runnable afterChange) {
        this.bean = bean;
        this.form = form;
        this.save = save;
        this.afterChange = afterChange;
        setHeaderTitle(title);
        setWidth("40rem");
        form.binder().readBean(bean);
        form.binder().setReadOnly(!editable);
        reason.setId("entry-reason");
        reason.setLabel(getTranslation("audit.reason"));
        reason.setHelperText(getTranslation("audit.reason.help"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setVisible(editable);
        add(form.layout(), reason);

        Button saveButton = new Button(getTranslation("action.save"), click -> save());
        saveButton.setId("save-entry");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setVisible(editable);
        Button cancel = new Button(getTranslation(editable ? "action.cancel" : "action.close"), click -> close());
        cancel.setId("cancel-entry");
        getFooter().add(cancel, saveButton);
    }

    private void save() {
        try {
            form.binder().writeBean(bean);
        } catch (ValidationException e) {
            return; // The fields say what is wrong; nothing typed is lost.
        }
        try {
            save.apply(bean, reason.getValue());
            close();
            afterChange.run();
            Problems.showSuccess(getTranslation("customer.record.saved"));
        } catch (InvalidCustomerException e) {
            e.problems().forEach(form::mark);
        } catch (ConcurrentChangeException e) {
            Button reload = new Button(getTranslation("action.reload"));
            reload.setId("reload-record");
            Notification notification = Problems.showError(Problems.message(this, e), reload);
            reload.addClickListener(click -> {
                notification.close();
                close();
                afterChange.run();
            });
        } catch (UserFacingException e) {
            Problems.showError(Problems.message(this, e));
        }
    }
}
