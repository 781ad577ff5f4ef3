package com.crcloud.customer.ui;

import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Asks why a masked value is needed before showing it: the reveal is deliberate and recorded with the reason.
 * A refused reveal (no reason) keeps the dialog open with the message at the reason field.
 */
final class RevealDialog extends Dialog {

    private final TextField reason = new TextField();

    /**
     * @param reveal   asks the service for the plain value with the reason typed; throws its refusals
     * @param revealed receives the value once the service has recorded the reveal
     */
    RevealDialog(String what, Function<String, Optional<String>> reveal, Consumer<Optional<String>> revealed) {
        setHeaderTitle(getTranslation("masking.reveal.title", what));
        setWidth("32rem");
        reason.setId("reveal-reason");
        reason.setLabel(getTranslation("masking.reveal.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("masking.reveal.notice")), reason);

        Button confirm = new Button(getTranslation("masking.reveal"), click -> {
            try {
                Optional<String> value = reveal.apply(reason.getValue());
                close();
                revealed.accept(value);
            } catch (UserFacingException e) {
                reason.setErrorMessage(Problems.message(this, e));
                reason.setInvalid(true);
            }
        });
        confirm.setId("reveal-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("reveal-cancel");
        getFooter().add(cancel, confirm);
    }
}
