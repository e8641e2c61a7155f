-- One tenant's bulk rows for the pages benchmark (bench/pages/pages.sh), copied from the rows
-- xspace made through its API for that tenant: its user `user-00000`, its desktop `desk-00000`
-- and its audit entries. psql variables:
--   tenant            the tenant's id
--   desktops          how many desktops the tenant ends with (desk-00000 ... )
--   users             how many tenant users it ends with (user-00000 ...); desktop i is user i/5's
--   audit             how many audit entries it ends with
-- Passwords: every copied user has user-00000's hash (made by createUser), so any of them can
-- log in with its password. A desktop's sealed passwords are bound to its row: the copies have
-- none (the credentials copy keeps the username and version only).

BEGIN;

INSERT INTO users (id, tenant_id, namespace, username, password_hash, role, disabled, token_version, created_at)
SELECT gen_random_uuid()::text, u.tenant_id, u.namespace, 'user-' || lpad(g::text, 5, '0'), u.password_hash,
       u.role, FALSE, 0, u.created_at
FROM users u CROSS JOIN generate_series(1, :users - 1) AS g
WHERE u.tenant_id = :'tenant' AND u.username = 'user-00000';

-- The tenant's desktops: made from the images it may use (its own and the system's, not
-- removed), in turn, each with that image's boot mode and credentials version.
WITH images AS (
    SELECT row_number() OVER (ORDER BY s.name, s.id) - 1 AS n, s.*
    FROM sources s
    WHERE s.resource = 'IMAGE' AND NOT s.removed AND (s.tenant_id = :'tenant' OR s.tenant_id IS NULL)
), counted AS (
    SELECT count(*) AS c FROM images
)
INSERT INTO desktops (id, tenant_id, owner_id, platform_id, source_id, external_id, name, boot_mode,
                      login_mode, ad_domain, removed, image_username, image_password_enc, image_copy_at,
                      image_copy_version, custom_username, custom_password_enc, agent_token_hash,
                      version, created_at, updated_at)
SELECT gen_random_uuid()::text, d.tenant_id, o.id, i.platform_id, i.id, 'vm-' || gen_random_uuid(),
       'desk-' || lpad(g::text, 5, '0'), coalesce(i.boot_mode, d.boot_mode), d.login_mode, d.ad_domain,
       FALSE, i.os_username, NULL, d.image_copy_at, i.credentials_version, NULL, NULL, NULL,
       1, d.created_at, d.updated_at
FROM desktops d
CROSS JOIN counted
CROSS JOIN generate_series(1, :desktops - 1) AS g
JOIN images i ON i.n = g % counted.c
JOIN users o ON o.namespace = d.tenant_id AND o.username = 'user-' || lpad((g / 5)::text, 5, '0')
WHERE d.tenant_id = :'tenant' AND d.name = 'desk-00000';

-- The tenant's audit trail: its entries made through the API, again and again, further back in
-- time (one every 37 s), so the newest page is the API's and the rest are copies.
WITH made AS (
    SELECT row_number() OVER (ORDER BY at, id) - 1 AS n, a.* FROM audit_log a WHERE a.tenant_id = :'tenant'
), counted AS (
    SELECT count(*) AS c, min(at) AS oldest FROM made
)
INSERT INTO audit_log (id, at, actor_id, tenant_id, action, target_id, outcome, detail)
SELECT gen_random_uuid()::text, counted.oldest - g * interval '37 seconds', m.actor_id, m.tenant_id,
       m.action, m.target_id, m.outcome, m.detail
FROM counted
CROSS JOIN generate_series(1, :audit - (SELECT count(*) FROM made)) AS g
JOIN made m ON m.n = g % counted.c;

COMMIT;
