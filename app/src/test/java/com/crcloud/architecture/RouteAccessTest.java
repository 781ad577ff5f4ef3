package com.crcloud.architecture;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route and error view states who may open it; a view without an access annotation fails the build. */
class RouteAccessTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.crcloud");

    @Test
    void every_view_declares_its_access_rule() {
        List<Class<?>> views = new ArrayList<>(ROUTES.getRoutes());
        ROUTES.getErrorRoutes().stream().filter(view -> view.getName().startsWith("com.crcloud")).forEach(views::add);

        assertThat(views).hasSizeGreaterThanOrEqualTo(7);
        assertThat(views).allSatisfy(view -> assertThat(Stream.of(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class)
                .filter(view::isAnnotationPresent).count())
                .as("%s must have exactly one of @RolesAllowed, @PermitAll, @AnonymousAllowed, @DenyAll", view.getName())
                .isEqualTo(1));
    }

    @Test
    void only_the_login_page_and_the_single_sign_on_refusal_are_open_to_anonymous_visitors() {
        assertThat(ROUTES.getRoutes()).filteredOn(view -> view.isAnnotationPresent(AnonymousAllowed.class))
                .extracting(Class::getSimpleName).containsExactlyInAnyOrder("LoginView", "SsoRefusedView");
    }

    @Test
    void tenant_business_views_are_closed_to_platform_administrators() {
        assertThat(ROUTES.getRoutes())
                .filteredOn(view -> !view.getName().contains(".platform.") && view.isAnnotationPresent(RolesAllowed.class))
                .allSatisfy(view -> assertThat(view.getAnnotation(RolesAllowed.class).value()).doesNotContain("PLATFORM_ADMIN"));
        assertThat(ROUTES.getRoutes()).filteredOn(view -> view.getName().contains(".platform."))
                .allSatisfy(view -> assertThat(view.getAnnotation(RolesAllowed.class).value()).containsExactly("PLATFORM_ADMIN"));
    }
}
