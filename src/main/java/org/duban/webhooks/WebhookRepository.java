package org.duban.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Webhook subscriptions; deliveries and attempts are read through its entity manager. */
@ApplicationScoped
public class WebhookRepository implements PanacheRepository<Webhook> {
}
