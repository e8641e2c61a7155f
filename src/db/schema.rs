//! Table definitions, shared by both backends (TEXT ids, TIMESTAMP without time zone).

diesel::table! {
    tenants (id) {
        id -> Text,
        slug -> Text,
        name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        tenant_id -> Nullable<Text>,
        namespace -> Text,
        username -> Text,
        password_hash -> Text,
        role -> Text,
        disabled -> Bool,
        token_version -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    platforms (id) {
        id -> Text,
        name -> Text,
        kind -> Text,
        endpoint -> Text,
        secret_enc -> Nullable<Text>,
        sync_interval_seconds -> Nullable<Integer>,
        available -> Nullable<Bool>,
        version -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    platform_projects (platform_id, project) {
        platform_id -> Text,
        project -> Text,
        tenant_id -> Text,
        position -> Integer,
    }
}

diesel::table! {
    sources (id) {
        id -> Text,
        platform_id -> Text,
        resource -> Text,
        external_id -> Text,
        name -> Text,
        boot_mode -> Nullable<Text>,
        video_model -> Nullable<Text>,
        status -> Text,
        size_bytes -> Nullable<BigInt>,
        project -> Nullable<Text>,
        tenant_id -> Nullable<Text>,
        os_type -> Nullable<Text>,
        os_distro -> Nullable<Text>,
        os_username -> Nullable<Text>,
        os_password_enc -> Nullable<Text>,
        credentials_version -> Integer,
        removed -> Bool,
        version -> Integer,
        synced_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    sync_runs (id) {
        id -> Text,
        platform_id -> Text,
        status -> Text,
        started_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
        added -> Integer,
        updated -> Integer,
        removed -> Integer,
        error -> Nullable<Text>,
        notes -> Text,
    }
}

diesel::joinable!(users -> tenants (tenant_id));
diesel::joinable!(platform_projects -> platforms (platform_id));
diesel::joinable!(platform_projects -> tenants (tenant_id));
diesel::joinable!(sources -> platforms (platform_id));
diesel::joinable!(sources -> tenants (tenant_id));
diesel::joinable!(sync_runs -> platforms (platform_id));

diesel::allow_tables_to_appear_in_same_query!(
    tenants,
    users,
    platforms,
    platform_projects,
    sources,
    sync_runs,
);
