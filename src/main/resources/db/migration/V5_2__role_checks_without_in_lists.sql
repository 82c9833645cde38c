-- The role checks of V4 rewritten without IN lists: H2 2.4.240 (the version the Quarkus BOM brings) fails to evaluate a
-- CHECK with an IN list of constants from any session other than the one that created it ("Check constraint invalid",
-- h2database issue 4302, fixed after 2.4.240), which made account and API-key creation answer 409 at random. An OR of
-- equalities is the same rule on both databases.
alter table account_roles drop constraint ck_account_roles_role;
alter table account_roles add constraint ck_account_roles_role
    check (role = 'viewer' or role = 'reporter' or role = 'editor' or role = 'admin');
alter table api_keys drop constraint ck_api_keys_role;
alter table api_keys add constraint ck_api_keys_role
    check (role = 'viewer' or role = 'reporter' or role = 'editor' or role = 'admin');
