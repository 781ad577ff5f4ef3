package com.crcloud.designer.ui;

import com.crcloud.flow.domain.ReviewFlow;
import com.crcloud.flow.service.FlowService;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.ui.Problems;
import com.crcloud.ui.RouteIds;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;

import java.util.Optional;

/** The flow a designer route names; an unknown or another tenant's flow sends the user back to the list. */
final class FlowRoute {

    static final String PARAMETER = "flowId";

    private FlowRoute() {
    }

    static Optional<ReviewFlow> load(BeforeEnterEvent event, FlowService flows, Component view) {
        try {
            return Optional.of(flows.get(event.getRouteParameters().get(PARAMETER).flatMap(RouteIds::uuid)
                    .orElseThrow(() -> new UserFacingException(null, "flow.error.notFound"))));
        } catch (UserFacingException e) {
            Problems.showError(Problems.message(view, e));
            event.forwardTo(FlowListView.class);
            return Optional.empty();
        }
    }
}
