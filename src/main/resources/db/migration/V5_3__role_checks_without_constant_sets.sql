-- The role checks once more, as a CASE. V5_2's OR of equalities was not enough: H2 2.4.240 rewrites such an OR into
-- the same constant set as an IN list, whose comparator belongs to the session that created the constraint; once that
-- connection is closed (the pool retires idle connections), every insert into these tables fails with "Check
-- constraint invalid" (h2database issues 4302 and 4308, fixed after 2.4.240). H2 does not rewrite a CASE. The same
-- rule on PostgreSQL.
alter table account_roles drop constraint ck_account_roles_role;
alter table account_roles add constraint ck_account_roles_role
    check (case role when 'viewer' then true when 'reporter' then true when 'editor' then true when 'admin' then true
           else false end);
alter table api_keys drop constraint ck_api_keys_role;
alter table api_keys add constraint ck_api_keys_role
    check (case role when 'viewer' then true when 'reporter' then true when 'editor' then true when 'admin' then true
           else false end);
