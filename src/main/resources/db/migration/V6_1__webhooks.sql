-- Webhooks (org.duban.webhooks): subscriptions, and the deliveries made for them. Portable between H2 (MODE=PostgreSQL)
-- and PostgreSQL; sequences step by 50 like the others.
create sequence webhooks_seq start with 1 increment by 50;
create sequence webhook_deliveries_seq start with 1 increment by 50;
create sequence webhook_attempts_seq start with 1 increment by 50;

-- after_change: the change-feed position up to which this subscription's changes have been turned into deliveries. The
-- worker moves it in the same transaction as it writes the delivery, so a change is neither lost nor taken twice.
-- The secret signs deliveries (HMAC-SHA256), so it is kept as given; the API never shows it.
create table webhooks (
    id            bigint        not null primary key,
    url           varchar(2000) not null,
    events        varchar(1000) not null,
    secret        varchar(200)  not null,
    description   varchar(500),
    after_change  bigint        not null,
    created_by    varchar(200)  not null,
    created_at    timestamp     not null
);

-- One row per change to deliver to a subscription (and per manual redelivery). delivery_key is X-Duban-Delivery, the
-- same for every attempt of the row. payload: the exact bytes sent, so that retries carry the same signature.
create table webhook_deliveries (
    id               bigint       not null primary key,
    webhook_id       bigint       not null references webhooks (id) on delete cascade,
    delivery_key     varchar(36)  not null,
    change_seq       bigint       not null,
    event            varchar(40)  not null,
    payload          text         not null,
    state            varchar(20)  not null,
    attempts         integer      not null,
    created_at       timestamp    not null,
    next_attempt_at  timestamp    not null,
    finished_at      timestamp,
    constraint uk_webhook_deliveries_key unique (delivery_key)
);
create index ix_webhook_deliveries_webhook on webhook_deliveries (webhook_id, state, change_seq, id);
create index ix_webhook_deliveries_time on webhook_deliveries (created_at);

-- Every attempt: the receiver's status code (null when none came), how long it took, and what went wrong.
create table webhook_attempts (
    id            bigint       not null primary key,
    delivery_id   bigint       not null references webhook_deliveries (id) on delete cascade,
    attempted_at  timestamp    not null,
    status_code   integer,
    latency_ms    bigint       not null,
    error         varchar(500)
);
create index ix_webhook_attempts_delivery on webhook_attempts (delivery_id, id);
