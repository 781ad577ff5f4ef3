package com.crcloud.ui;

import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;

import java.util.Optional;
import java.util.function.Function;

/** Turns business-rule problems into translated field errors and notifications. */
public final class Problems {

    private Problems() {
    }

    /** A Binder validator that applies one field rule and shows its message in the UI's language. */
    public static <V> Validator<V> rule(Component owner, Function<V, Optional<FieldProblem>> rule) {
        return (value, context) -> rule.apply(value)
                .map(problem -> ValidationResult.error(message(owner, problem)))
                .orElse(ValidationResult.ok());
    }

    public static String message(Component owner, FieldProblem problem) {
        return owner.getTranslation(problem.messageKey(), problem.arguments().toArray());
    }

    public static String message(Component owner, UserFacingException exception) {
        return owner.getTranslation(exception.messageKey(), exception.arguments());
    }

    public static Notification showError(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }

    /** An error that offers a way out (open the other record, reload), shown long enough to act on it. */
    public static Notification showError(String text, Component... actions) {
        Notification notification = new Notification();
        notification.setDuration(15000);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(close.getTranslation("action.close"));
        HorizontalLayout content = new HorizontalLayout(new Span(text));
        content.add(actions);
        content.add(close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
        return notification;
    }

    public static Notification showSuccess(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }
}
