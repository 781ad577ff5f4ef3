package com.crcloud.tenant.context;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantContextTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void without_a_principal_or_a_scope_there_is_no_tenant_and_requiring_one_fails() {
        assertThat(TenantContext.currentTenantId()).isEmpty();
        assertThatThrownBy(TenantContext::requireTenantId).isInstanceOf(NoTenantException.class);
    }

    @Test
    void the_tenant_comes_from_the_signed_in_principal() {
        signIn("acme");
        assertThat(TenantContext.requireTenantId()).isEqualTo("acme");
    }

    @Test
    void an_explicit_scope_wins_inside_the_call_and_is_gone_after_it() {
        signIn("acme");
        String inside = TenantContext.callAs("globex", TenantContext::requireTenantId);
        assertThat(inside).isEqualTo("globex");
        assertThat(TenantContext.requireTenantId()).isEqualTo("acme");
    }

    @Test
    void nested_scopes_restore_the_outer_tenant() {
        List<String> seen = TenantContext.callAs("outer", () -> {
            String nested = TenantContext.callAs("inner", TenantContext::requireTenantId);
            return List.of(nested, TenantContext.requireTenantId());
        });
        assertThat(seen).containsExactly("inner", "outer");
        assertThat(TenantContext.currentTenantId()).isEmpty();
    }

    @Test
    void a_scope_is_cleared_even_when_the_work_fails() {
        assertThatThrownBy(() -> TenantContext.runAs("acme", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(TenantContext.currentTenantId()).isEmpty();
    }

    @Test
    void a_captured_tenant_travels_to_another_thread_and_does_not_stay_there() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            TenantContext.Captured captured = TenantContext.callAs("acme", TenantContext::capture);
            Future<String> inWorker = executor.submit(captured.wrap(TenantContext::requireTenantId));
            assertThat(inWorker.get()).isEqualTo("acme");
            Future<Optional<String>> afterwards = executor.submit(TenantContext::currentTenantId);
            assertThat(afterwards.get()).isEmpty();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void a_blank_tenant_cannot_be_put_in_scope() {
        assertThatThrownBy(() -> TenantContext.runAs(" ", () -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sql_on_tenant_columns_is_refused_without_a_tenant_but_platform_tables_stay_reachable() {
        TenantGuardStatementInspector guard = new TenantGuardStatementInspector();
        assertThat(guard.inspect("select t.id from tenant t")).isNotNull();
        assertThat(guard.inspect("insert into audit_revision (revision_tenant_id) values (?)")).isNotNull();
        assertThatThrownBy(() -> guard.inspect("select c1_0.id from customer c1_0 where c1_0.TENANT_ID=?"))
                .isInstanceOf(NoTenantException.class);
        assertThat(TenantContext.callAs("acme", () -> guard.inspect("select c.tenant_id from customer c"))).isNotNull();
    }

    private static void signIn(String tenant) {
        TenantPrincipal principal = () -> Optional.of(tenant);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
    }
}
