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
        placement -> Nullable<Text>,
        uefi_setting -> Nullable<Bool>,
        cap_boot_mode_editable -> Nullable<Bool>,
        cap_video_model_editable -> Nullable<Bool>,
        cap_boot_mode_copy -> Nullable<Bool>,
        cap_uefi -> Nullable<Bool>,
    }
}

diesel::table! {
    platform_projects (platform_id, project) {
        platform_id -> Text,
        project -> Text,
        tenant_id -> Text,
        position -> Integer,
        placement -> Nullable<Text>,
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
        flagged -> Integer,
    }
}

diesel::joinable!(users -> tenants (tenant_id));
diesel::joinable!(platform_projects -> platforms (platform_id));
diesel::joinable!(platform_projects -> tenants (tenant_id));
diesel::joinable!(sources -> platforms (platform_id));
diesel::joinable!(sources -> tenants (tenant_id));
diesel::joinable!(sync_runs -> platforms (platform_id));

diesel::table! {
    desktops (id) {
        id -> Text,
        tenant_id -> Text,
        owner_id -> Nullable<Text>,
        platform_id -> Text,
        source_id -> Text,
        external_id -> Text,
        name -> Text,
        boot_mode -> Text,
        login_mode -> Text,
        ad_domain -> Nullable<Text>,
        removed -> Bool,
        image_username -> Nullable<Text>,
        image_password_enc -> Nullable<Text>,
        image_copy_at -> Nullable<Timestamp>,
        image_copy_version -> Nullable<Integer>,
        custom_username -> Nullable<Text>,
        custom_password_enc -> Nullable<Text>,
        agent_token_hash -> Nullable<Text>,
        agent_os_type -> Nullable<Text>,
        agent_os_distro -> Nullable<Text>,
        agent_os_version -> Nullable<Text>,
        agent_hostname -> Nullable<Text>,
        agent_version -> Nullable<Text>,
        agent_reported_at -> Nullable<Timestamp>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        agent_connected_since -> Nullable<Timestamp>,
    }
}

diesel::table! {
    row_counts (counted, scope_key) {
        counted -> Text,
        scope_key -> Text,
        n -> BigInt,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Text,
        at -> Timestamp,
        actor_id -> Nullable<Text>,
        tenant_id -> Nullable<Text>,
        action -> Text,
        target_id -> Nullable<Text>,
        outcome -> Text,
        detail -> Nullable<Text>,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> Text,
        tenant_id -> Nullable<Text>,
        owner_id -> Text,
        name -> Text,
        token_hash -> Text,
        token_version -> Integer,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(api_tokens -> users (owner_id));

diesel::joinable!(desktops -> tenants (tenant_id));
diesel::joinable!(desktops -> platforms (platform_id));
diesel::joinable!(desktops -> sources (source_id));
diesel::joinable!(desktops -> users (owner_id));

diesel::allow_tables_to_appear_in_same_query!(
    tenants,
    users,
    platforms,
    platform_projects,
    sources,
    sync_runs,
    desktops,
    audit_log,
    api_tokens,
    row_counts,
);
