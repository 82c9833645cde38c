-- One counter that moves with every change that can revoke a credential (an account disabled, deleted, its password
-- or roles changed; an API key revoked), in the transaction of that change. Every instance compares it with the value
-- its credential caches were filled at, so that a revocation holds on all instances once it is answered.
create table security_revision (
    id        integer not null primary key,
    revision  bigint  not null,
    constraint ck_security_revision_single check (id = 1)
);
insert into security_revision (id, revision) values (1, 0);
