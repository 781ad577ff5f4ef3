package com.crcloud.designer.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerFilter;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.review.service.FlowTestRun;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.springframework.data.domain.PageRequest;

/**
 * A dry run of the draft on an existing customer, found with the customer search: what each stage's steps would
 * conclude, the risk class and result, the rules that match and the verdict. Nothing is written.
 */
class TestRunDialog extends Dialog {

    private final ComboBox<Customer> customer = Fields.labelled(new ComboBox<>(), "test-run-customer", "designer.testRun.customer");
    private final Div result = new Div();

    TestRunDialog(CustomerService customers, FlowTestRun testRun, FlowDefinition draft) {
        setHeaderTitle(getTranslation("designer.testRun.title"));
        setWidth("70rem");
        customer.setItems(query -> customers.search(new CustomerFilter(query.getFilter().orElse(""), null),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        customer.setItemLabelGenerator(Customer::getFullName);
        customer.setWidth("28rem");
        customer.setHelperText(getTranslation("designer.testRun.customer.help"));
        Button run = new Button(getTranslation("designer.testRun.run"), click -> {
            if (customer.getValue() == null) {
                customer.setErrorMessage(getTranslation("designer.testRun.pickCustomer"));
                customer.setInvalid(true);
                return;
            }
            try {
                result.removeAll();
                result.add(new TestRunResultPanel(testRun.run(draft, customer.getValue().getId(), getLocale())));
            } catch (UserFacingException e) {
                Problems.showError(Problems.message(this, e));
            }
        });
        run.setId("test-run-start");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout pick = new HorizontalLayout(customer, run);
        pick.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.setId("test-run-result");
        result.setWidthFull();
        add(pick, result);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
