package com.crcloud.customer.domain;

import com.crcloud.tenant.persistence.PostWriteEvents;
import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Keeps every customer's {@link CustomerNamePart name parts} in step with its name from whichever code writes it
 * (the customer form, imports, erasure, demo data), in the same transaction: written as the customer is flushed,
 * they commit or roll back with it.
 */
@Component
class CustomerNamePartListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final String FULL_NAME = "fullName";

    private final EntityManagerFactory entityManagerFactory;
    private final CustomerNamePartNativeRepository parts;

    CustomerNamePartListener(EntityManagerFactory entityManagerFactory, CustomerNamePartNativeRepository parts) {
        this.entityManagerFactory = entityManagerFactory;
        this.parts = parts;
    }

    @PostConstruct
    void register() {
        PostWriteEvents.register(entityManagerFactory, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof Customer customer) {
            parts.insert(customer.getTenantId(), customer.getId(), NameParts.of(customer.getFullName()));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof Customer customer && nameChanged(event)) {
            parts.delete(customer.getTenantId(), customer.getId());
            parts.insert(customer.getTenantId(), customer.getId(), NameParts.of(customer.getFullName()));
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Customer customer) {
            parts.delete(customer.getTenantId(), customer.getId());
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** Without the state before the update (a detached save) the name may have changed. */
    private static boolean nameChanged(PostUpdateEvent event) {
        if (event.getOldState() == null) {
            return true;
        }
        int index = event.getPersister().getPropertyIndex(FULL_NAME);
        return !Objects.equals(event.getOldState()[index], event.getState()[index]);
    }
}
