/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Implement the DateTime<Utc> scalar
   *
   * The input/output is a string in RFC3339 format.
   */
  DateTime: { input: string; output: string; }
};

/** A new platform. */
export type AddCloudPlatformInput = {
  /**
   * API endpoint: `sim://NAME?images=N&seed=S`, `sim:///abs/inventory.json`, or the
   * platform's own URL (OpenStack Glance or Keystone, ZStack, CloudTower).
   */
  endpoint: Scalars['String']['input'];
  /** Kind: the platform's API and whether it holds images or templates. */
  kind: PlatformKind;
  /** Display name, unique. */
  name: Scalars['String']['input'];
  /** Where new desktop VMs go; checked by the platform's driver. */
  placement?: InputMaybe<PlacementInput>;
  /** Platform project → tenant slug (R3). */
  projectTenants?: InputMaybe<Array<ProjectTenantInput>>;
  /** The platform's own secret; stored encrypted, never returned. */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** Seconds between scheduled syncs (60–604800); null = on demand only. */
  syncIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Whether the platform boots UEFI guests, over its own answer; null = ask the platform. */
  uefi?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What Mole reports from inside a desktop. */
export type AgentReportInput = {
  /** The agent's version. */
  agentVersion?: InputMaybe<Scalars['String']['input']>;
  /** Host name. */
  hostname?: InputMaybe<Scalars['String']['input']>;
  /** Distro, e.g. `ubuntu`, `win11`. */
  osDistro?: InputMaybe<Scalars['String']['input']>;
  /** `windows` or `linux`. */
  osType: Scalars['String']['input'];
  /** OS version. */
  osVersion?: InputMaybe<Scalars['String']['input']>;
};

/** The Mole agent of a desktop. */
export type AgentStatus = {
  __typename?: 'AgentStatus';
  /** The agent's version. */
  agentVersion?: Maybe<Scalars['String']['output']>;
  /** Whether it reported in the last five minutes. */
  connected: Scalars['Boolean']['output'];
  /** Host name inside the desktop. */
  hostname?: Maybe<Scalars['String']['output']>;
  /** Its last report. */
  lastReportAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A token for one desktop's agent, shown once. */
export type AgentToken = {
  __typename?: 'AgentToken';
  /** The desktop. */
  desktop: Desktop;
  /** Bearer token for `reportAgentStatus`; only its hash is stored. Issuing another revokes it. */
  token: Scalars['String']['output'];
};

export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  /** The operation, e.g. `connectionInfo`, `setDesktopCredentials`. */
  action: Scalars['String']['output'];
  /** Who (null for the service itself or an agent). */
  actor?: Maybe<User>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** More about it (never a secret). */
  detail?: Maybe<Scalars['String']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** `ok`, `denied` or `failed`. */
  outcome: Scalars['String']['output'];
  /** The object acted on. */
  targetId?: Maybe<Scalars['ID']['output']>;
};

/** A page of audit entrys. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The edges of this page. */
  edges: Array<AuditEntryEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge to one audit entry. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque position of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The audit entry. */
  node: AuditEntry;
};

/** Firmware boot mode (R6). */
export type BootMode =
  /** Legacy BIOS. */
  | 'BIOS'
  /** UEFI. */
  | 'UEFI';

/** R5: images and templates share every rule. */
export type BootSource = {
  /** Firmware boot mode (R6). */
  bootMode?: Maybe<BootMode>;
  /** The platform's own id for it. */
  externalId: Scalars['String']['output'];
  /** R11: whether a password is stored; null unless you may edit it. */
  hasOsPassword?: Maybe<Scalars['Boolean']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Name on the platform. */
  name: Scalars['String']['output'];
  /** Lower-case distro name (R9). */
  osDistro?: Maybe<Scalars['String']['output']>;
  /** `windows` or `linux` (R9). */
  osType?: Maybe<Scalars['String']['output']>;
  /** R11: preset OS login name; null unless you may edit it. */
  osUsername?: Maybe<Scalars['String']['output']>;
  /** The platform it was synced from. */
  platform: CloudPlatform;
  /** Whether a desktop can be made from it (R6, R8). */
  readiness: Readiness;
  /** Gone from its platform. */
  removedFromPlatform: Scalars['Boolean']['output'];
  /** SYSTEM, or CUSTOM when a tenant owns it (R3). */
  scope: SourceScope;
  /** When a sync last added or changed it. */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The owning tenant of a custom source. */
  tenant?: Maybe<Tenant>;
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
  /** Video model (R8). */
  videoModel?: Maybe<VideoModel>;
};

/** Changing one's own password. */
export type ChangePasswordInput = {
  /** The password in use. */
  currentPassword: Scalars['String']['input'];
  /** The new one (8–128 characters). */
  newPassword: Scalars['String']['input'];
};

export type CloudPlatform = Node & {
  __typename?: 'CloudPlatform';
  /**
   * False after a sync could not reach it, until one succeeds; null before the first sync
   * and for tenant roles.
   */
  available?: Maybe<Scalars['Boolean']['output']>;
  /** What the platform can do (R1). */
  capabilities: PlatformCapabilities;
  /** API endpoint (`sim://…`, `https://…`); null for tenant roles. The secret is never returned. */
  endpoint?: Maybe<Scalars['String']['output']>;
  /** Whether a secret is stored (the secret itself is never returned); null for tenant roles. */
  hasSecret?: Maybe<Scalars['Boolean']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /**
   * R4: the images synced from this platform (system and custom, removed ones included);
   * system admins only.
   */
  images: ImageConnection;
  /** Kind. */
  kind: PlatformKind;
  /** The newest sync run; null for tenant roles. */
  lastSync?: Maybe<SyncRun>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Where new desktop VMs go (null when not set, and for tenant roles). */
  placement?: Maybe<Placement>;
  /** Platform projects mapped to tenants (R3), in order; null for tenant roles. */
  projectTenants?: Maybe<Array<ProjectTenant>>;
  /** Seconds between scheduled syncs; null = on demand only (and for tenant roles). */
  syncIntervalSeconds?: Maybe<Scalars['Int']['output']>;
  /** Sync runs, newest first; null for tenant roles. */
  syncRuns?: Maybe<SyncRunConnection>;
  /** R4/R5: the templates synced from this platform; system admins only. */
  templates: TemplateConnection;
  /**
   * The operator's word on UEFI over the platform's own answer; null = the platform's answer
   * (and for tenant roles).
   */
  uefiSetting?: Maybe<Scalars['Boolean']['output']>;
};


export type CloudPlatformImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CloudPlatformSyncRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CloudPlatformTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** R15: what the client app needs to connect. */
export type ConnectionInfo = {
  __typename?: 'ConnectionInfo';
  /** AD_DOMAIN: the domain. */
  adDomain?: Maybe<Scalars['String']['output']>;
  /** Whether the client logs in silently with `username` and `password`. */
  autoLogin: Scalars['Boolean']['output'];
  /** The desktop. */
  desktop: Desktop;
  /** LOCAL or AD_DOMAIN. */
  loginMode: LoginMode;
  /** LOCAL: the effective OS password. AD_DOMAIN: null; the user types its AD password. */
  password?: Maybe<Scalars['String']['output']>;
  /** LOCAL: the effective OS username (custom first, R14). */
  username?: Maybe<Scalars['String']['output']>;
};

/** R7 beyond: a copy of a source with the other boot mode. */
export type CopyWithBootModeInput = {
  /** The boot mode of the copy. */
  bootMode: BootMode;
  /** The Image or Template to copy. */
  id: Scalars['ID']['input'];
  /** The copy's name. */
  name: Scalars['String']['input'];
  /**
   * The video card of the copy (e.g. VIRTIO, on a platform that sets it on VMs only); omitted:
   * the original's.
   */
  videoModel?: InputMaybe<VideoModel>;
};

/** A new desktop. */
export type CreateDesktopInput = {
  /** The AD domain, for AD_DOMAIN. */
  adDomain?: InputMaybe<Scalars['String']['input']>;
  /** Must equal the source's boot mode (R6). */
  bootMode: BootMode;
  /** LOCAL (silent login) or AD_DOMAIN. */
  loginMode?: LoginMode;
  /** Name (also the VM's). */
  name: Scalars['String']['input'];
  /** The user it is for (a user of the tenant). */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** An Image or Template ID: a system source, or the tenant's own custom one. */
  sourceId: Scalars['ID']['input'];
  /** The tenant; optional for a tenant admin, and then only its own; required for a system admin. */
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new tenant. */
export type CreateTenantInput = {
  /** Display name. */
  name: Scalars['String']['input'];
  /** Short unique name used at login: 2–32 of a-z, 0-9, -. */
  slug: Scalars['String']['input'];
};

/** A new user. */
export type CreateUserInput = {
  /** Initial password (8–128 characters). */
  password: Scalars['String']['input'];
  /** Role. */
  role: Role;
  /** Tenant; null for the system namespace (system admins). Tenant admins: their own or null. */
  tenantId?: InputMaybe<Scalars['ID']['input']>;
  /** Login name. */
  username: Scalars['String']['input'];
};

/** Where the effective credentials come from. */
export type CredentialSource =
  /** Set on the desktop (R14). */
  | 'CUSTOM'
  /** Copied from the image or template (R12). */
  | 'IMAGE'
  /** None at all. */
  | 'NONE';

export type Desktop = Node & {
  __typename?: 'Desktop';
  /** The AD domain, in AD_DOMAIN mode. */
  adDomain?: Maybe<Scalars['String']['output']>;
  /** The Mole agent's status. */
  agent: AgentStatus;
  /** Boot mode (equal to its source's, R6). */
  bootMode: BootMode;
  /** When it was created or imported. */
  createdAt: Scalars['DateTime']['output'];
  /** Credentials, never a password (R12–R14). */
  credentials: DesktopCredentials;
  /** The VM's id on the platform. */
  externalId: Scalars['String']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** LOCAL (silent login with stored credentials) or AD_DOMAIN (R15). */
  loginMode: LoginMode;
  /** Name (also the VM's). */
  name: Scalars['String']['output'];
  /** R10: Mole's last report when there is one, else the source's preset. */
  osInfo: OsInfo;
  /** The user it is assigned to. */
  owner?: Maybe<User>;
  /** The platform it runs on. */
  platform: CloudPlatform;
  /** The VM is gone from the platform; the desktop stays until deleted. */
  removedFromPlatform: Scalars['Boolean']['output'];
  /** The image or template it was made from. */
  source: BootSource;
  /** The tenant it belongs to. */
  tenant: Tenant;
  /** Bumped by every change. */
  version: Scalars['Int']['output'];
};

/** A page of desktops. */
export type DesktopConnection = {
  __typename?: 'DesktopConnection';
  /** The edges of this page. */
  edges: Array<DesktopEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A desktop's credentials. Never a password. */
export type DesktopCredentials = {
  __typename?: 'DesktopCredentials';
  /** Whether custom credentials are set. */
  customSet: Scalars['Boolean']['output'];
  /** CUSTOM (set on the desktop), IMAGE (copied from its source) or NONE (R14). */
  effectiveSource: CredentialSource;
  /** Whether the effective pair has a password. */
  hasPassword: Scalars['Boolean']['output'];
  /** When the source's credentials were copied (R12). */
  imageCopyAt?: Maybe<Scalars['DateTime']['output']>;
  /** R13: the source's credentials changed after the copy; `updateCredentials` refreshes it. */
  stale: Scalars['Boolean']['output'];
  /** The effective username. */
  username?: Maybe<Scalars['String']['output']>;
};

/** An edge to one desktop. */
export type DesktopEdge = {
  __typename?: 'DesktopEdge';
  /** Opaque position of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The desktop. */
  node: Desktop;
};

export type DesktopEvent = {
  __typename?: 'DesktopEvent';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The desktop as it is now; null once deleted (or out of your scope since). */
  desktop?: Maybe<Desktop>;
  /** The desktop's ID. */
  desktopId: Scalars['ID']['output'];
  /** What happened. RESYNC: you missed events; re-read what you show. */
  kind: DesktopEventKind;
};

/** What happened to a desktop. */
export type DesktopEventKind =
  /** Its agent reported. */
  | 'AGENT_REPORTED'
  /** Assigned to another user (or none). */
  | 'ASSIGNED'
  /** Created through the API or imported by a sync. */
  | 'CREATED'
  /** Its credentials changed (never carried in the event). */
  | 'CREDENTIALS_CHANGED'
  /** Deleted. */
  | 'DELETED'
  /** Its effective OS info changed. */
  | 'OS_INFO_CHANGED'
  /** The subscriber fell behind and missed events: re-read what it shows. */
  | 'RESYNC';

/** Filters of the desktop list. */
export type DesktopFilter = {
  /** Name contains this (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only those assigned to this user. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those on this platform. */
  platformId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those made from this Image or Template. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this tenant's. */
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};

export type Image = BootSource & Node & {
  __typename?: 'Image';
  /** Firmware boot mode; null when the platform does not say (R6). */
  bootMode?: Maybe<BootMode>;
  /** The platform's own id for it. */
  externalId: Scalars['String']['output'];
  /**
   * R11: whether a preset OS password is stored (never the password itself); null for
   * viewers who may not edit this source.
   */
  hasOsPassword?: Maybe<Scalars['Boolean']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Name on the platform. */
  name: Scalars['String']['output'];
  /** Lower-case distro name such as `ubuntu` or `win10` (R9). */
  osDistro?: Maybe<Scalars['String']['output']>;
  /** `windows` or `linux` (R9); picks the client's OS icon. */
  osType?: Maybe<Scalars['String']['output']>;
  /** R11: the preset OS login name; null for viewers who may not edit this source. */
  osUsername?: Maybe<Scalars['String']['output']>;
  /** The platform it was synced from. */
  platform: CloudPlatform;
  /** Whether a desktop can be made from it, and why not (R8). */
  readiness: Readiness;
  /** The source is gone from its platform (kept while referenced). */
  removedFromPlatform: Scalars['Boolean']['output'];
  /** SYSTEM, or CUSTOM when a tenant owns it through a mapped project (R3). */
  scope: SourceScope;
  /** Size in bytes, when the platform says. */
  sizeBytes?: Maybe<Scalars['Int']['output']>;
  /** Status on the platform (`active`, `queued`, …). */
  status: Scalars['String']['output'];
  /** When a sync last added or changed it (its platform-owned fields are as of then). */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The owning tenant of a custom source. */
  tenant?: Maybe<Tenant>;
  /** Bumped by every change; pass it as `expectedVersion` to edit safely. */
  version: Scalars['Int']['output'];
  /** Video model; must be VIRTIO for desktops (R8). Null when the platform does not say. */
  videoModel?: Maybe<VideoModel>;
  /** The video model exactly as the platform spells it. */
  videoModelName?: Maybe<Scalars['String']['output']>;
};

/** A page of images. */
export type ImageConnection = {
  __typename?: 'ImageConnection';
  /** The edges of this page. */
  edges: Array<ImageEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge to one image. */
export type ImageEdge = {
  __typename?: 'ImageEdge';
  /** Opaque position of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The image. */
  node: Image;
};

/** Credentials to sign in with. */
export type LoginInput = {
  /** Password. */
  password: Scalars['String']['input'];
  /** Tenant slug; null for the system namespace. */
  tenant?: InputMaybe<Scalars['String']['input']>;
  /** Login name. */
  username: Scalars['String']['input'];
};

/** How the client logs in to a desktop (R15). */
export type LoginMode =
  /** The user's AD account; stored OS credentials are ignored. */
  | 'AD_DOMAIN'
  /** Silent login with the desktop's OS credentials. */
  | 'LOCAL';

/** A signed-in session. */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** When the token stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Bearer token for `Authorization: Bearer …` (and `connection_init` on WebSocket). */
  token: Scalars['String']['output'];
  /** Who signed in. */
  viewer: User;
};

/** Writes. */
export type MutationRoot = {
  __typename?: 'MutationRoot';
  /** Adds a cloud platform (system admins). */
  addCloudPlatform: CloudPlatform;
  /** Assigns a desktop to a user of its tenant, or to nobody (admins). */
  assignDesktop: Desktop;
  /** Changes your own password. */
  changePassword: User;
  /** R14: removes a desktop's custom credentials (admins). */
  clearDesktopCredentials: Desktop;
  /** R11: removes the preset OS credentials. */
  clearOsCredentials: BootSource;
  /**
   * R7 beyond: on a platform that cannot edit boot mode (or video card) in place, makes a copy
   * of the source with the other boot mode and, when given, another video card (VM from the
   * source, VM boot mode, VM saved as a new source, VM removed, sync), carrying OS info and
   * credentials over. Progress arrives on `syncEvents`.
   */
  copyWithBootMode: BootSource;
  /**
   * R6, R8, R12: creates a desktop (admins). Refused with BOOT_MODE_MISMATCH or
   * VIDEO_MODEL_NOT_VIRTIO before anything is created.
   */
  createDesktop: Desktop;
  /** Creates a tenant (system admins). */
  createTenant: Tenant;
  /** Creates a user: system admins anywhere, tenant admins in their tenant. */
  createUser: User;
  /** Deletes a desktop and its VM (admins). */
  deleteDesktop: Scalars['ID']['output'];
  /**
   * A token for the Mole agent of one desktop, shown once; any earlier token stops working
   * (admins).
   */
  issueAgentToken: AgentToken;
  /** Signs in. Every failure answers the same `UNAUTHENTICATED`. */
  login: LoginPayload;
  /** A new token for the bearer of a valid one. */
  refreshToken: LoginPayload;
  /** Removes a platform and its catalogue; refused while desktops live on it (system admins). */
  removeCloudPlatform: Scalars['ID']['output'];
  /** R10: only with an agent token; reports for that token's desktop. */
  reportAgentStatus: Desktop;
  /**
   * R7: changes the boot mode on the platform and re-reads it; `BOOT_MODE_NOT_EDITABLE` with
   * the workaround where the platform cannot.
   */
  setBootMode: BootSource;
  /** R14: sets custom credentials on a desktop (admins). */
  setDesktopCredentials: Desktop;
  /** R11: sets the preset OS username and password. */
  setOsCredentials: BootSource;
  /** R9: sets OS type and distro (system admins on system sources, tenant admins on their own). */
  setOsInfo: BootSource;
  /**
   * Admins: system any user, tenant admin its tenant's. A disabled user cannot log in and its
   * tokens stop working at once.
   */
  setUserDisabled: User;
  /** R8: changes the video model on the platform and re-reads it. */
  setVideoModel: BootSource;
  /**
   * Runs a sync to its end and returns it; progress goes to `syncEvents`. A platform that
   * cannot be listed gives a FAILED run and removes nothing (system admins).
   */
  syncCloudPlatform: SyncRun;
  /** Changes a platform's name, endpoint, secret, mapping or interval (system admins). */
  updateCloudPlatform: CloudPlatform;
  /**
   * R13: *Update Credentials*: copies the source's current credentials onto the desktop;
   * custom credentials stay (admins).
   */
  updateCredentials: Desktop;
  /**
   * R13 in bulk: *Update Credentials* on every desktop you manage that was made from this
   * source and whose copy is stale. With `dryRun` only counts them. Returns the count.
   */
  updateCredentialsFromSource: Scalars['Int']['output'];
};


/** Writes. */
export type MutationRootAddCloudPlatformArgs = {
  input: AddCloudPlatformInput;
};


/** Writes. */
export type MutationRootAssignDesktopArgs = {
  desktopId: Scalars['ID']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. */
export type MutationRootChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** Writes. */
export type MutationRootClearDesktopCredentialsArgs = {
  desktopId: Scalars['ID']['input'];
};


/** Writes. */
export type MutationRootClearOsCredentialsArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. */
export type MutationRootCopyWithBootModeArgs = {
  input: CopyWithBootModeInput;
};


/** Writes. */
export type MutationRootCreateDesktopArgs = {
  input: CreateDesktopInput;
};


/** Writes. */
export type MutationRootCreateTenantArgs = {
  input: CreateTenantInput;
};


/** Writes. */
export type MutationRootCreateUserArgs = {
  input: CreateUserInput;
};


/** Writes. */
export type MutationRootDeleteDesktopArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. */
export type MutationRootIssueAgentTokenArgs = {
  desktopId: Scalars['ID']['input'];
};


/** Writes. */
export type MutationRootLoginArgs = {
  input: LoginInput;
};


/** Writes. */
export type MutationRootRemoveCloudPlatformArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. */
export type MutationRootReportAgentStatusArgs = {
  input: AgentReportInput;
};


/** Writes. */
export type MutationRootSetBootModeArgs = {
  input: SetBootModeInput;
};


/** Writes. */
export type MutationRootSetDesktopCredentialsArgs = {
  input: SetDesktopCredentialsInput;
};


/** Writes. */
export type MutationRootSetOsCredentialsArgs = {
  input: SetOsCredentialsInput;
};


/** Writes. */
export type MutationRootSetOsInfoArgs = {
  input: SetOsInfoInput;
};


/** Writes. */
export type MutationRootSetUserDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** Writes. */
export type MutationRootSetVideoModelArgs = {
  input: SetVideoModelInput;
};


/** Writes. */
export type MutationRootSyncCloudPlatformArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. */
export type MutationRootUpdateCloudPlatformArgs = {
  input: UpdateCloudPlatformInput;
};


/** Writes. */
export type MutationRootUpdateCredentialsArgs = {
  desktopId: Scalars['ID']['input'];
};


/** Writes. */
export type MutationRootUpdateCredentialsFromSourceArgs = {
  dryRun?: Scalars['Boolean']['input'];
  sourceId: Scalars['ID']['input'];
};

/** An object with a global ID. */
export type Node = {
  /** Global ID. */
  id: Scalars['ID']['output'];
};

/** R10: the OS a desktop runs, and where that knowledge comes from. */
export type OsInfo = {
  __typename?: 'OsInfo';
  /** Distro, e.g. `ubuntu`, `win11`. */
  osDistro?: Maybe<Scalars['String']['output']>;
  /** `windows` or `linux`. */
  osType?: Maybe<Scalars['String']['output']>;
  /** Version, as the agent reports it. */
  osVersion?: Maybe<Scalars['String']['output']>;
  /** When the agent reported it. */
  reportedAt?: Maybe<Scalars['DateTime']['output']>;
  /** AGENT (Mole's last report), PRESET (the source's), or NONE. */
  source: OsInfoSource;
};

/** Where a desktop's effective OS info comes from. */
export type OsInfoSource =
  /** The agent's last report. */
  | 'AGENT'
  /** Neither says. */
  | 'NONE'
  /** The source's preset. */
  | 'PRESET';

/** Where a page ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * Where new desktop VMs go on a platform and what they get; each driver uses the fields its
 * platform needs (ZStack: zone, cluster, instanceOffering, network; CloudTower: cluster,
 * cpuCores, memoryMib, network, storagePolicy).
 */
export type Placement = {
  __typename?: 'Placement';
  /** Cluster (ZStack cluster UUID, CloudTower cluster id). */
  cluster?: Maybe<Scalars['String']['output']>;
  /** Virtual CPUs (CloudTower). */
  cpuCores?: Maybe<Scalars['Int']['output']>;
  /** Host (ZStack host UUID, CloudTower host id); usually left to the platform. */
  host?: Maybe<Scalars['String']['output']>;
  /** Instance offering (ZStack): the VM's CPU and memory. */
  instanceOffering?: Maybe<Scalars['String']['output']>;
  /** Memory in MiB (CloudTower). */
  memoryMib?: Maybe<Scalars['Int']['output']>;
  /** Network (ZStack L3 network UUID, CloudTower VLAN id). */
  network?: Maybe<Scalars['String']['output']>;
  /** Storage policy (CloudTower, e.g. REPLICA_2_THIN_PROVISION). */
  storagePolicy?: Maybe<Scalars['String']['output']>;
  /** Zone (ZStack zone UUID). */
  zone?: Maybe<Scalars['String']['output']>;
};

/**
 * Where new desktop VMs go on a platform and what they get; each driver uses the fields its
 * platform needs (ZStack: zone, cluster, instanceOffering, network; CloudTower: cluster,
 * cpuCores, memoryMib, network, storagePolicy).
 */
export type PlacementInput = {
  /** Cluster (ZStack cluster UUID, CloudTower cluster id). */
  cluster?: InputMaybe<Scalars['String']['input']>;
  /** Virtual CPUs (CloudTower). */
  cpuCores?: InputMaybe<Scalars['Int']['input']>;
  /** Host (ZStack host UUID, CloudTower host id); usually left to the platform. */
  host?: InputMaybe<Scalars['String']['input']>;
  /** Instance offering (ZStack): the VM's CPU and memory. */
  instanceOffering?: InputMaybe<Scalars['String']['input']>;
  /** Memory in MiB (CloudTower). */
  memoryMib?: InputMaybe<Scalars['Int']['input']>;
  /** Network (ZStack L3 network UUID, CloudTower VLAN id). */
  network?: InputMaybe<Scalars['String']['input']>;
  /** Storage policy (CloudTower, e.g. REPLICA_2_THIN_PROVISION). */
  storagePolicy?: InputMaybe<Scalars['String']['input']>;
  /** Zone (ZStack zone UUID). */
  zone?: InputMaybe<Scalars['String']['input']>;
};

/**
 * What a platform can do (R1), as its driver last found out from the platform (until it first
 * answered: what the kind's published API usually allows).
 */
export type PlatformCapabilities = {
  __typename?: 'PlatformCapabilities';
  /** Whether the service can run the VM round trip of copyWithBootMode (R7). */
  bootModeCopy: Scalars['Boolean']['output'];
  /** Whether a source's boot mode can be changed in place (R7); where not, copyWithBootMode. */
  bootModeEditable: Scalars['Boolean']['output'];
  /** Images or templates. */
  resourceModel: ResourceModel;
  /**
   * Whether the platform boots UEFI guests (R6): the operator's setting, else the platform's
   * own answer. Where false, UEFI sources are not ready.
   */
  uefi: Scalars['Boolean']['output'];
  /**
   * Whether a source's video model can be changed in place (R8); where not, copyWithBootMode
   * with videoModel.
   */
  videoModelEditable: Scalars['Boolean']['output'];
};

/** The kind of a cloud platform (R1). */
export type PlatformKind =
  /** OpenStack (Glance images, Nova servers). */
  | 'OPENSTACK'
  /** SmartX: templates. */
  | 'SMARTX'
  /** WxStack: templates. */
  | 'WXSTACK'
  /** ZSphere (ZStack): images whose boot mode cannot be edited. */
  | 'ZSTACK';

/** A platform project and the tenant (slug) it belongs to. */
export type ProjectTenant = {
  __typename?: 'ProjectTenant';
  /** This tenant's placement of new VMs over the platform's; null when it has none. */
  placement?: Maybe<Placement>;
  /** The platform's project. */
  project: Scalars['String']['output'];
  /** The tenant's slug. */
  tenant: Scalars['String']['output'];
};

/** A platform project owned by a tenant (R3). */
export type ProjectTenantInput = {
  /** This tenant's placement of new VMs, over the platform's (fields set here win). */
  placement?: InputMaybe<PlacementInput>;
  /** The platform's project (OpenStack: the `owner` of an image). */
  project: Scalars['String']['input'];
  /** The tenant's slug. */
  tenant: Scalars['String']['input'];
};

/** Reads. */
export type QueryRoot = {
  __typename?: 'QueryRoot';
  /**
   * Who changed what, newest first: system admins all (or one tenant's), tenant admins their
   * tenant's. Never a secret.
   */
  auditLog: AuditEntryConnection;
  /** Every cloud platform; tenant roles see id, name, kind and capabilities only. */
  cloudPlatforms: Array<CloudPlatform>;
  /** R15: for the desktop's assigned user. Every request is audited (never the secret). */
  connectionInfo: ConnectionInfo;
  /** The tenant console's custom images; a system admin may pass `tenantId` (or see all). */
  customImages: ImageConnection;
  /** The tenant console's custom templates; a system admin may pass `tenantId` (or see all). */
  customTemplates: TemplateConnection;
  /** Desktops: all for system admins, the tenant's for tenant admins, the assigned ones for users. */
  desktops: DesktopConnection;
  /** The signed-in user. */
  me: User;
  /** Any object by global ID; null when it does not exist or is outside your scope (R16). */
  node?: Maybe<Node>;
  /** Tenants: all for system admins, their own for tenant roles. */
  tenants: TenantConnection;
  /** Users: system admins all (or one tenant's), tenant admins their tenant's, users themselves. */
  users: UserConnection;
  /** R4: the system images of every platform, never custom ones (admins). */
  vdiImages: ImageConnection;
  /** R4/R5: the system templates of every template platform (admins). */
  vdiTemplates: TemplateConnection;
};


/** Reads. */
export type QueryRootAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. */
export type QueryRootConnectionInfoArgs = {
  desktopId: Scalars['ID']['input'];
};


/** Reads. */
export type QueryRootCustomImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. */
export type QueryRootCustomTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. */
export type QueryRootDesktopsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DesktopFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. */
export type QueryRootNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. */
export type QueryRootTenantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. */
export type QueryRootUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. */
export type QueryRootVdiImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. */
export type QueryRootVdiTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether a source can back a desktop (R8). */
export type Readiness = {
  __typename?: 'Readiness';
  /** Every problem found. */
  problems: Array<ReadinessProblem>;
  /** True when there is no problem. */
  ready: Scalars['Boolean']['output'];
};

/** One reason a source is not ready. */
export type ReadinessProblem = {
  __typename?: 'ReadinessProblem';
  /**
   * `VIDEO_MODEL_NOT_VIRTIO`, `BOOT_MODE_UNKNOWN`, `UEFI_NOT_SUPPORTED` (a UEFI source on a
   * platform without UEFI), `REMOVED_FROM_PLATFORM` or `STATUS_NOT_ACTIVE`.
   */
  code: Scalars['String']['output'];
  /** What is wrong and what to do. */
  message: Scalars['String']['output'];
};

/** Whether a platform holds images or templates. */
export type ResourceModel =
  /** The platform has images. */
  | 'IMAGES'
  /** The platform has templates only (R5). */
  | 'TEMPLATES';

/** The role of a user (DESIGN §3). */
export type Role =
  /** Operator of the whole service. */
  | 'SYSTEM_ADMIN'
  /** Administrator of one tenant. */
  | 'TENANT_ADMIN'
  /** End user of one tenant. */
  | 'TENANT_USER';

/** R7: a boot mode to set. */
export type SetBootModeInput = {
  /** The new boot mode. */
  bootMode: BootMode;
  /** An Image or Template ID. */
  id: Scalars['ID']['input'];
};

/** R14: custom credentials for one desktop. */
export type SetDesktopCredentialsInput = {
  /** The desktop. */
  desktopId: Scalars['ID']['input'];
  /** OS password; stored encrypted, returned only to the assigned user by `connectionInfo`. */
  password: Scalars['String']['input'];
  /** OS username. */
  username: Scalars['String']['input'];
};

/** R11: preset OS login of an image or template. */
export type SetOsCredentialsInput = {
  /** The `version` you read; a stale one is `CONFLICT` and changes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** An Image or Template ID. */
  id: Scalars['ID']['input'];
  /** OS password; stored encrypted, never returned by any query. */
  password: Scalars['String']['input'];
  /** OS login name. */
  username: Scalars['String']['input'];
};

/** R9: OS type and distro of an image or template. */
export type SetOsInfoInput = {
  /** The `version` you read; a stale one is `CONFLICT` and changes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** An Image or Template ID. */
  id: Scalars['ID']['input'];
  /** Lower-case distro (`ubuntu`, `win10`, …); null clears it. */
  osDistro?: InputMaybe<Scalars['String']['input']>;
  /** `windows` or `linux`; null clears it. */
  osType?: InputMaybe<Scalars['String']['input']>;
};

/** R8: a video model to set. */
export type SetVideoModelInput = {
  /** An Image or Template ID. */
  id: Scalars['ID']['input'];
  /** The new model (VIRTIO for desktops). */
  videoModel: VideoModel;
};

/** Filters of the image and template lists. */
export type SourceFilter = {
  /** Include sources removed from their platform (default false). */
  includeRemoved?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name contains this (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** `windows` or `linux`. */
  osType?: InputMaybe<Scalars['String']['input']>;
  /** Only this platform's. */
  platformId?: InputMaybe<Scalars['ID']['input']>;
  /** Only ready (true) or only not ready (false) ones (R8). */
  ready?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Where a source belongs (R3). */
export type SourceScope =
  /** Owned by a tenant through a mapped platform project. */
  | 'CUSTOM'
  /** Operated by the system admins; listed among VDI images/templates. */
  | 'SYSTEM';

export type SubscriptionRoot = {
  __typename?: 'SubscriptionRoot';
  /**
   * Desktop changes, of one desktop or all in your scope (R16): a user sees its own desktops,
   * a tenant admin its tenant's, a system admin all. Events carry no secret.
   */
  desktopEvents: DesktopEvent;
  /** System admins: progress and results of syncs, of one platform or all. */
  syncEvents: SyncEvent;
};


export type SubscriptionRootDesktopEventsArgs = {
  desktopId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionRootSyncEventsArgs = {
  platformId?: InputMaybe<Scalars['ID']['input']>;
};

export type SyncEvent = {
  __typename?: 'SyncEvent';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The desktop imported (DESKTOP_IMPORTED). */
  desktop?: Maybe<Desktop>;
  /** What happened. RESYNC: you missed events; re-read what you show. */
  kind: SyncEventKind;
  /** What happened, in words (PROGRESS steps, FAILED reasons). */
  message?: Maybe<Scalars['String']['output']>;
  /** The platform synced. */
  platform: CloudPlatform;
  /** The run, as it is now. */
  run: SyncRun;
  /** The source added, updated or removed. */
  source?: Maybe<BootSource>;
};

/** What happened in a sync. */
export type SyncEventKind =
  /** A VM became a desktop. */
  | 'DESKTOP_IMPORTED'
  /** The sync failed; nothing was removed. */
  | 'FAILED'
  /** The sync finished and its changes are applied. */
  | 'FINISHED'
  /** A step of a longer operation on the platform (a boot-mode copy); see `message`. */
  | 'PROGRESS'
  /** The subscriber fell behind and missed events: re-read what it shows. */
  | 'RESYNC'
  /** A source appeared. */
  | 'SOURCE_ADDED'
  /** A source vanished from the platform and was marked removed. */
  | 'SOURCE_REMOVED'
  /** A source's platform-owned fields changed (or it came back). */
  | 'SOURCE_UPDATED'
  /** A sync began. */
  | 'STARTED';

export type SyncRun = Node & {
  __typename?: 'SyncRun';
  /** Sources added. */
  added: Scalars['Int']['output'];
  /** Why it failed. */
  error?: Maybe<Scalars['String']['output']>;
  /** When it ended. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** What the operator should know, e.g. that VMs could not be listed. */
  notes: Array<Scalars['String']['output']>;
  /** The platform synced. */
  platform: CloudPlatform;
  /** Sources newly marked removed from the platform. */
  removed: Scalars['Int']['output'];
  /** When it began. */
  startedAt: Scalars['DateTime']['output'];
  /** Running, succeeded or failed. */
  status: SyncStatus;
  /** Sources whose platform-owned fields changed, or that came back. */
  updated: Scalars['Int']['output'];
};

/** A page of sync runs. */
export type SyncRunConnection = {
  __typename?: 'SyncRunConnection';
  /** The edges of this page. */
  edges: Array<SyncRunEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge to one sync run. */
export type SyncRunEdge = {
  __typename?: 'SyncRunEdge';
  /** Opaque position of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The sync run. */
  node: SyncRun;
};

/** The state of a sync run. */
export type SyncStatus =
  /** Failed; nothing was removed. */
  | 'FAILED'
  /** Still running (or interrupted before it could finish; see its notes). */
  | 'RUNNING'
  /** Finished and applied. */
  | 'SUCCEEDED';

export type Template = BootSource & Node & {
  __typename?: 'Template';
  /** Firmware boot mode; null when the platform does not say (R6). */
  bootMode?: Maybe<BootMode>;
  /** The platform's own id for it. */
  externalId: Scalars['String']['output'];
  /**
   * R11: whether a preset OS password is stored (never the password itself); null for
   * viewers who may not edit this source.
   */
  hasOsPassword?: Maybe<Scalars['Boolean']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Name on the platform. */
  name: Scalars['String']['output'];
  /** Lower-case distro name such as `ubuntu` or `win10` (R9). */
  osDistro?: Maybe<Scalars['String']['output']>;
  /** `windows` or `linux` (R9); picks the client's OS icon. */
  osType?: Maybe<Scalars['String']['output']>;
  /** R11: the preset OS login name; null for viewers who may not edit this source. */
  osUsername?: Maybe<Scalars['String']['output']>;
  /** The platform it was synced from. */
  platform: CloudPlatform;
  /** Whether a desktop can be made from it, and why not (R8). */
  readiness: Readiness;
  /** The source is gone from its platform (kept while referenced). */
  removedFromPlatform: Scalars['Boolean']['output'];
  /** SYSTEM, or CUSTOM when a tenant owns it through a mapped project (R3). */
  scope: SourceScope;
  /** Size in bytes, when the platform says. */
  sizeBytes?: Maybe<Scalars['Int']['output']>;
  /** Status on the platform (`active`, `queued`, …). */
  status: Scalars['String']['output'];
  /** When a sync last added or changed it (its platform-owned fields are as of then). */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The owning tenant of a custom source. */
  tenant?: Maybe<Tenant>;
  /** Bumped by every change; pass it as `expectedVersion` to edit safely. */
  version: Scalars['Int']['output'];
  /** Video model; must be VIRTIO for desktops (R8). Null when the platform does not say. */
  videoModel?: Maybe<VideoModel>;
  /** The video model exactly as the platform spells it. */
  videoModelName?: Maybe<Scalars['String']['output']>;
};

/** A page of templates. */
export type TemplateConnection = {
  __typename?: 'TemplateConnection';
  /** The edges of this page. */
  edges: Array<TemplateEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge to one template. */
export type TemplateEdge = {
  __typename?: 'TemplateEdge';
  /** Opaque position of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The template. */
  node: Template;
};

export type Tenant = Node & {
  __typename?: 'Tenant';
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Short unique name used at login. */
  slug: Scalars['String']['output'];
};

/** A page of tenants. */
export type TenantConnection = {
  __typename?: 'TenantConnection';
  /** The edges of this page. */
  edges: Array<TenantEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge to one tenant. */
export type TenantEdge = {
  __typename?: 'TenantEdge';
  /** Opaque position of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The tenant. */
  node: Tenant;
};

/** Changes to a platform; omitted fields stay. */
export type UpdateCloudPlatformInput = {
  /** New endpoint. */
  endpoint?: InputMaybe<Scalars['String']['input']>;
  /** The platform. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New placement, replacing the old; explicit null removes it. */
  placement?: InputMaybe<PlacementInput>;
  /** New mapping, replacing the old; the scope of its sources is re-derived at once. */
  projectTenants?: InputMaybe<Array<ProjectTenantInput>>;
  /** New secret; an empty string removes it. */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** New interval; explicit null turns scheduled syncs off. */
  syncIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Whether the platform boots UEFI guests; explicit null leaves it to the platform's answer. */
  uefi?: InputMaybe<Scalars['Boolean']['input']>;
};

export type User = Node & {
  __typename?: 'User';
  /** Whether the user is disabled (cannot log in; its tokens do not work). */
  disabled: Scalars['Boolean']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Role. */
  role: Role;
  /** The user's tenant; null for system admins. */
  tenant?: Maybe<Tenant>;
  /** Login name, unique within its tenant (or the system namespace). */
  username: Scalars['String']['output'];
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The edges of this page. */
  edges: Array<UserEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge to one user. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque position of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/** The virtual video card (R8). Platforms spell it in lower case (`virtio`, `cirrus`, …). */
export type VideoModel =
  /** Cirrus: forbidden. */
  | 'CIRRUS'
  /** Any other model the platform names. */
  | 'OTHER'
  /** QXL. */
  | 'QXL'
  /** Standard VGA. */
  | 'VGA'
  /** virtio-gpu: the only model desktops may use. */
  | 'VIRTIO';

export type ViewerFieldsFragment = { __typename?: 'User', id: string, username: string, role: Role, tenant?: { __typename?: 'Tenant', id: string, slug: string, name: string } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'MutationRoot', login: { __typename?: 'LoginPayload', token: string, expiresAt: string, viewer: { __typename?: 'User', id: string, username: string, role: Role, tenant?: { __typename?: 'Tenant', id: string, slug: string, name: string } | null } } };

export type RefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshMutation = { __typename?: 'MutationRoot', refreshToken: { __typename?: 'LoginPayload', token: string, expiresAt: string, viewer: { __typename?: 'User', id: string, username: string, role: Role, tenant?: { __typename?: 'Tenant', id: string, slug: string, name: string } | null } } };

export type PlatformFieldsFragment = { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, endpoint?: string | null, available?: boolean | null, hasSecret?: boolean | null, syncIntervalSeconds?: number | null, uefiSetting?: boolean | null, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean }, placement?: { __typename?: 'Placement', zone?: string | null, cluster?: string | null, host?: string | null, instanceOffering?: string | null, network?: string | null, cpuCores?: number | null, memoryMib?: number | null, storagePolicy?: string | null } | null, projectTenants?: Array<{ __typename?: 'ProjectTenant', project: string, tenant: string, placement?: { __typename?: 'Placement', zone?: string | null, cluster?: string | null, host?: string | null, instanceOffering?: string | null, network?: string | null, cpuCores?: number | null, memoryMib?: number | null, storagePolicy?: string | null } | null }> | null, lastSync?: { __typename?: 'SyncRun', id: string, status: SyncStatus, startedAt: string, finishedAt?: string | null, added: number, updated: number, removed: number, error?: string | null, notes: Array<string> } | null };

export type PlacementFieldsFragment = { __typename?: 'Placement', zone?: string | null, cluster?: string | null, host?: string | null, instanceOffering?: string | null, network?: string | null, cpuCores?: number | null, memoryMib?: number | null, storagePolicy?: string | null };

export type SyncRunFieldsFragment = { __typename?: 'SyncRun', id: string, status: SyncStatus, startedAt: string, finishedAt?: string | null, added: number, updated: number, removed: number, error?: string | null, notes: Array<string> };

export type PlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformsQuery = { __typename?: 'QueryRoot', cloudPlatforms: Array<{ __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, endpoint?: string | null, available?: boolean | null, hasSecret?: boolean | null, syncIntervalSeconds?: number | null, uefiSetting?: boolean | null, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean }, placement?: { __typename?: 'Placement', zone?: string | null, cluster?: string | null, host?: string | null, instanceOffering?: string | null, network?: string | null, cpuCores?: number | null, memoryMib?: number | null, storagePolicy?: string | null } | null, projectTenants?: Array<{ __typename?: 'ProjectTenant', project: string, tenant: string, placement?: { __typename?: 'Placement', zone?: string | null, cluster?: string | null, host?: string | null, instanceOffering?: string | null, network?: string | null, cpuCores?: number | null, memoryMib?: number | null, storagePolicy?: string | null } | null }> | null, lastSync?: { __typename?: 'SyncRun', id: string, status: SyncStatus, startedAt: string, finishedAt?: string | null, added: number, updated: number, removed: number, error?: string | null, notes: Array<string> } | null }> };

export type PlatformNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformNamesQuery = { __typename?: 'QueryRoot', cloudPlatforms: Array<{ __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }> };

export type AddPlatformMutationVariables = Exact<{
  input: AddCloudPlatformInput;
}>;


export type AddPlatformMutation = { __typename?: 'MutationRoot', addCloudPlatform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, endpoint?: string | null, available?: boolean | null, hasSecret?: boolean | null, syncIntervalSeconds?: number | null, uefiSetting?: boolean | null, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean }, placement?: { __typename?: 'Placement', zone?: string | null, cluster?: string | null, host?: string | null, instanceOffering?: string | null, network?: string | null, cpuCores?: number | null, memoryMib?: number | null, storagePolicy?: string | null } | null, projectTenants?: Array<{ __typename?: 'ProjectTenant', project: string, tenant: string, placement?: { __typename?: 'Placement', zone?: string | null, cluster?: string | null, host?: string | null, instanceOffering?: string | null, network?: string | null, cpuCores?: number | null, memoryMib?: number | null, storagePolicy?: string | null } | null }> | null, lastSync?: { __typename?: 'SyncRun', id: string, status: SyncStatus, startedAt: string, finishedAt?: string | null, added: number, updated: number, removed: number, error?: string | null, notes: Array<string> } | null } };

export type UpdatePlatformMutationVariables = Exact<{
  input: UpdateCloudPlatformInput;
}>;


export type UpdatePlatformMutation = { __typename?: 'MutationRoot', updateCloudPlatform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, endpoint?: string | null, available?: boolean | null, hasSecret?: boolean | null, syncIntervalSeconds?: number | null, uefiSetting?: boolean | null, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean }, placement?: { __typename?: 'Placement', zone?: string | null, cluster?: string | null, host?: string | null, instanceOffering?: string | null, network?: string | null, cpuCores?: number | null, memoryMib?: number | null, storagePolicy?: string | null } | null, projectTenants?: Array<{ __typename?: 'ProjectTenant', project: string, tenant: string, placement?: { __typename?: 'Placement', zone?: string | null, cluster?: string | null, host?: string | null, instanceOffering?: string | null, network?: string | null, cpuCores?: number | null, memoryMib?: number | null, storagePolicy?: string | null } | null }> | null, lastSync?: { __typename?: 'SyncRun', id: string, status: SyncStatus, startedAt: string, finishedAt?: string | null, added: number, updated: number, removed: number, error?: string | null, notes: Array<string> } | null } };

export type RemovePlatformMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemovePlatformMutation = { __typename?: 'MutationRoot', removeCloudPlatform: string };

export type SyncPlatformMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SyncPlatformMutation = { __typename?: 'MutationRoot', syncCloudPlatform: { __typename?: 'SyncRun', id: string, status: SyncStatus, startedAt: string, finishedAt?: string | null, added: number, updated: number, removed: number, error?: string | null, notes: Array<string> } };

export type SyncEventsSubscriptionVariables = Exact<{
  platformId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SyncEventsSubscription = { __typename?: 'SubscriptionRoot', syncEvents: { __typename?: 'SyncEvent', kind: SyncEventKind, message?: string | null, at: string, platform: { __typename?: 'CloudPlatform', id: string, name: string }, run: { __typename?: 'SyncRun', id: string, status: SyncStatus, startedAt: string, finishedAt?: string | null, added: number, updated: number, removed: number, error?: string | null, notes: Array<string> }, source?: { __typename?: 'Image', id: string, name: string } | { __typename?: 'Template', id: string, name: string } | null } };

type SourceFields_Image_Fragment = { __typename: 'Image', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } };

type SourceFields_Template_Fragment = { __typename: 'Template', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } };

export type SourceFieldsFragment = SourceFields_Image_Fragment | SourceFields_Template_Fragment;

export type VdiImagesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
}>;


export type VdiImagesQuery = { __typename?: 'QueryRoot', vdiImages: { __typename?: 'ImageConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImageEdge', node: { __typename: 'Image', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } }> } };

export type VdiTemplatesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
}>;


export type VdiTemplatesQuery = { __typename?: 'QueryRoot', vdiTemplates: { __typename?: 'TemplateConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TemplateEdge', node: { __typename: 'Template', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } }> } };

export type CustomImagesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
}>;


export type CustomImagesQuery = { __typename?: 'QueryRoot', customImages: { __typename?: 'ImageConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImageEdge', node: { __typename: 'Image', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } }> } };

export type CustomTemplatesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
}>;


export type CustomTemplatesQuery = { __typename?: 'QueryRoot', customTemplates: { __typename?: 'TemplateConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TemplateEdge', node: { __typename: 'Template', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } }> } };

export type PlatformSourcesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  images: Scalars['Boolean']['input'];
}>;


export type PlatformSourcesQuery = { __typename?: 'QueryRoot', node?: { __typename?: 'AuditEntry' } | { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, endpoint?: string | null, available?: boolean | null, hasSecret?: boolean | null, syncIntervalSeconds?: number | null, uefiSetting?: boolean | null, images?: { __typename?: 'ImageConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImageEdge', node: { __typename: 'Image', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } }> }, templates?: { __typename?: 'TemplateConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TemplateEdge', node: { __typename: 'Template', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } }> }, syncRuns?: { __typename?: 'SyncRunConnection', edges: Array<{ __typename?: 'SyncRunEdge', node: { __typename?: 'SyncRun', id: string, status: SyncStatus, startedAt: string, finishedAt?: string | null, added: number, updated: number, removed: number, error?: string | null, notes: Array<string> } }> } | null, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean }, placement?: { __typename?: 'Placement', zone?: string | null, cluster?: string | null, host?: string | null, instanceOffering?: string | null, network?: string | null, cpuCores?: number | null, memoryMib?: number | null, storagePolicy?: string | null } | null, projectTenants?: Array<{ __typename?: 'ProjectTenant', project: string, tenant: string, placement?: { __typename?: 'Placement', zone?: string | null, cluster?: string | null, host?: string | null, instanceOffering?: string | null, network?: string | null, cpuCores?: number | null, memoryMib?: number | null, storagePolicy?: string | null } | null }> | null, lastSync?: { __typename?: 'SyncRun', id: string, status: SyncStatus, startedAt: string, finishedAt?: string | null, added: number, updated: number, removed: number, error?: string | null, notes: Array<string> } | null } | { __typename?: 'Desktop' } | { __typename?: 'Image' } | { __typename?: 'SyncRun' } | { __typename?: 'Template' } | { __typename?: 'Tenant' } | { __typename?: 'User' } | null };

export type SetOsInfoMutationVariables = Exact<{
  input: SetOsInfoInput;
}>;


export type SetOsInfoMutation = { __typename?: 'MutationRoot', setOsInfo: { __typename: 'Image', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } | { __typename: 'Template', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } };

export type SetOsCredentialsMutationVariables = Exact<{
  input: SetOsCredentialsInput;
}>;


export type SetOsCredentialsMutation = { __typename?: 'MutationRoot', setOsCredentials: { __typename: 'Image', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } | { __typename: 'Template', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } };

export type ClearOsCredentialsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClearOsCredentialsMutation = { __typename?: 'MutationRoot', clearOsCredentials: { __typename: 'Image', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } | { __typename: 'Template', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } };

export type SetVideoModelMutationVariables = Exact<{
  input: SetVideoModelInput;
}>;


export type SetVideoModelMutation = { __typename?: 'MutationRoot', setVideoModel: { __typename: 'Image', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } | { __typename: 'Template', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } };

export type SetBootModeMutationVariables = Exact<{
  input: SetBootModeInput;
}>;


export type SetBootModeMutation = { __typename?: 'MutationRoot', setBootMode: { __typename: 'Image', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } | { __typename: 'Template', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } };

export type CopyWithBootModeMutationVariables = Exact<{
  input: CopyWithBootModeInput;
}>;


export type CopyWithBootModeMutation = { __typename?: 'MutationRoot', copyWithBootMode: { __typename: 'Image', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } | { __typename: 'Template', id: string, name: string, externalId: string, scope: SourceScope, bootMode?: BootMode | null, videoModel?: VideoModel | null, osType?: string | null, osDistro?: string | null, osUsername?: string | null, hasOsPassword?: boolean | null, removedFromPlatform: boolean, version: number, syncedAt?: string | null, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind, capabilities: { __typename?: 'PlatformCapabilities', resourceModel: ResourceModel, bootModeEditable: boolean, videoModelEditable: boolean, bootModeCopy: boolean, uefi: boolean } }, readiness: { __typename?: 'Readiness', ready: boolean, problems: Array<{ __typename?: 'ReadinessProblem', code: string, message: string }> } } };

export type TenantsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TenantsQuery = { __typename?: 'QueryRoot', tenants: { __typename?: 'TenantConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TenantEdge', node: { __typename?: 'Tenant', id: string, slug: string, name: string } }> } };

export type UsersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  tenantId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type UsersQuery = { __typename?: 'QueryRoot', users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, username: string, role: Role, disabled: boolean, tenant?: { __typename?: 'Tenant', id: string, slug: string } | null } }> } };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { __typename?: 'MutationRoot', createTenant: { __typename?: 'Tenant', id: string, slug: string, name: string } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'MutationRoot', createUser: { __typename?: 'User', id: string, username: string, role: Role } };

export type SetUserDisabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
}>;


export type SetUserDisabledMutation = { __typename?: 'MutationRoot', setUserDisabled: { __typename?: 'User', id: string, disabled: boolean } };

export type AuditLogQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'QueryRoot', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', id: string, at: string, action: string, targetId?: string | null, outcome: string, detail?: string | null, actor?: { __typename?: 'User', id: string, username: string, tenant?: { __typename?: 'Tenant', slug: string } | null } | null } }> } };

export type DesktopFieldsFragment = { __typename?: 'Desktop', id: string, name: string, externalId: string, removedFromPlatform: boolean, bootMode: BootMode, loginMode: LoginMode, adDomain?: string | null, version: number, createdAt: string, tenant: { __typename?: 'Tenant', id: string, slug: string }, owner?: { __typename?: 'User', id: string, username: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind }, source: { __typename: 'Image', id: string, name: string } | { __typename: 'Template', id: string, name: string }, osInfo: { __typename?: 'OsInfo', osType?: string | null, osDistro?: string | null, osVersion?: string | null, source: OsInfoSource, reportedAt?: string | null }, agent: { __typename?: 'AgentStatus', connected: boolean, lastReportAt?: string | null, hostname?: string | null, agentVersion?: string | null }, credentials: { __typename?: 'DesktopCredentials', effectiveSource: CredentialSource, username?: string | null, hasPassword: boolean, customSet: boolean, imageCopyAt?: string | null, stale: boolean } };

export type DesktopsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DesktopFilter>;
}>;


export type DesktopsQuery = { __typename?: 'QueryRoot', desktops: { __typename?: 'DesktopConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'DesktopEdge', node: { __typename?: 'Desktop', id: string, name: string, externalId: string, removedFromPlatform: boolean, bootMode: BootMode, loginMode: LoginMode, adDomain?: string | null, version: number, createdAt: string, tenant: { __typename?: 'Tenant', id: string, slug: string }, owner?: { __typename?: 'User', id: string, username: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind }, source: { __typename: 'Image', id: string, name: string } | { __typename: 'Template', id: string, name: string }, osInfo: { __typename?: 'OsInfo', osType?: string | null, osDistro?: string | null, osVersion?: string | null, source: OsInfoSource, reportedAt?: string | null }, agent: { __typename?: 'AgentStatus', connected: boolean, lastReportAt?: string | null, hostname?: string | null, agentVersion?: string | null }, credentials: { __typename?: 'DesktopCredentials', effectiveSource: CredentialSource, username?: string | null, hasPassword: boolean, customSet: boolean, imageCopyAt?: string | null, stale: boolean } } }> } };

export type DesktopNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DesktopNodeQuery = { __typename?: 'QueryRoot', node?: { __typename: 'AuditEntry' } | { __typename: 'CloudPlatform' } | { __typename: 'Desktop', id: string, name: string, externalId: string, removedFromPlatform: boolean, bootMode: BootMode, loginMode: LoginMode, adDomain?: string | null, version: number, createdAt: string, tenant: { __typename?: 'Tenant', id: string, slug: string }, owner?: { __typename?: 'User', id: string, username: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind }, source: { __typename: 'Image', id: string, name: string } | { __typename: 'Template', id: string, name: string }, osInfo: { __typename?: 'OsInfo', osType?: string | null, osDistro?: string | null, osVersion?: string | null, source: OsInfoSource, reportedAt?: string | null }, agent: { __typename?: 'AgentStatus', connected: boolean, lastReportAt?: string | null, hostname?: string | null, agentVersion?: string | null }, credentials: { __typename?: 'DesktopCredentials', effectiveSource: CredentialSource, username?: string | null, hasPassword: boolean, customSet: boolean, imageCopyAt?: string | null, stale: boolean } } | { __typename: 'Image' } | { __typename: 'SyncRun' } | { __typename: 'Template' } | { __typename: 'Tenant' } | { __typename: 'User' } | null };

export type DesktopEventsSubscriptionVariables = Exact<{
  desktopId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DesktopEventsSubscription = { __typename?: 'SubscriptionRoot', desktopEvents: { __typename?: 'DesktopEvent', kind: DesktopEventKind, desktopId: string, at: string, desktop?: { __typename?: 'Desktop', id: string, name: string, externalId: string, removedFromPlatform: boolean, bootMode: BootMode, loginMode: LoginMode, adDomain?: string | null, version: number, createdAt: string, tenant: { __typename?: 'Tenant', id: string, slug: string }, owner?: { __typename?: 'User', id: string, username: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind }, source: { __typename: 'Image', id: string, name: string } | { __typename: 'Template', id: string, name: string }, osInfo: { __typename?: 'OsInfo', osType?: string | null, osDistro?: string | null, osVersion?: string | null, source: OsInfoSource, reportedAt?: string | null }, agent: { __typename?: 'AgentStatus', connected: boolean, lastReportAt?: string | null, hostname?: string | null, agentVersion?: string | null }, credentials: { __typename?: 'DesktopCredentials', effectiveSource: CredentialSource, username?: string | null, hasPassword: boolean, customSet: boolean, imageCopyAt?: string | null, stale: boolean } } | null } };

export type ConnectionInfoQueryVariables = Exact<{
  desktopId: Scalars['ID']['input'];
}>;


export type ConnectionInfoQuery = { __typename?: 'QueryRoot', connectionInfo: { __typename?: 'ConnectionInfo', loginMode: LoginMode, autoLogin: boolean, username?: string | null, password?: string | null, adDomain?: string | null } };

export type CreateDesktopMutationVariables = Exact<{
  input: CreateDesktopInput;
}>;


export type CreateDesktopMutation = { __typename?: 'MutationRoot', createDesktop: { __typename?: 'Desktop', id: string, name: string, externalId: string, removedFromPlatform: boolean, bootMode: BootMode, loginMode: LoginMode, adDomain?: string | null, version: number, createdAt: string, tenant: { __typename?: 'Tenant', id: string, slug: string }, owner?: { __typename?: 'User', id: string, username: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind }, source: { __typename: 'Image', id: string, name: string } | { __typename: 'Template', id: string, name: string }, osInfo: { __typename?: 'OsInfo', osType?: string | null, osDistro?: string | null, osVersion?: string | null, source: OsInfoSource, reportedAt?: string | null }, agent: { __typename?: 'AgentStatus', connected: boolean, lastReportAt?: string | null, hostname?: string | null, agentVersion?: string | null }, credentials: { __typename?: 'DesktopCredentials', effectiveSource: CredentialSource, username?: string | null, hasPassword: boolean, customSet: boolean, imageCopyAt?: string | null, stale: boolean } } };

export type DeleteDesktopMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDesktopMutation = { __typename?: 'MutationRoot', deleteDesktop: string };

export type AssignDesktopMutationVariables = Exact<{
  desktopId: Scalars['ID']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AssignDesktopMutation = { __typename?: 'MutationRoot', assignDesktop: { __typename?: 'Desktop', id: string, name: string, externalId: string, removedFromPlatform: boolean, bootMode: BootMode, loginMode: LoginMode, adDomain?: string | null, version: number, createdAt: string, tenant: { __typename?: 'Tenant', id: string, slug: string }, owner?: { __typename?: 'User', id: string, username: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind }, source: { __typename: 'Image', id: string, name: string } | { __typename: 'Template', id: string, name: string }, osInfo: { __typename?: 'OsInfo', osType?: string | null, osDistro?: string | null, osVersion?: string | null, source: OsInfoSource, reportedAt?: string | null }, agent: { __typename?: 'AgentStatus', connected: boolean, lastReportAt?: string | null, hostname?: string | null, agentVersion?: string | null }, credentials: { __typename?: 'DesktopCredentials', effectiveSource: CredentialSource, username?: string | null, hasPassword: boolean, customSet: boolean, imageCopyAt?: string | null, stale: boolean } } };

export type SetDesktopCredentialsMutationVariables = Exact<{
  input: SetDesktopCredentialsInput;
}>;


export type SetDesktopCredentialsMutation = { __typename?: 'MutationRoot', setDesktopCredentials: { __typename?: 'Desktop', id: string, name: string, externalId: string, removedFromPlatform: boolean, bootMode: BootMode, loginMode: LoginMode, adDomain?: string | null, version: number, createdAt: string, tenant: { __typename?: 'Tenant', id: string, slug: string }, owner?: { __typename?: 'User', id: string, username: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind }, source: { __typename: 'Image', id: string, name: string } | { __typename: 'Template', id: string, name: string }, osInfo: { __typename?: 'OsInfo', osType?: string | null, osDistro?: string | null, osVersion?: string | null, source: OsInfoSource, reportedAt?: string | null }, agent: { __typename?: 'AgentStatus', connected: boolean, lastReportAt?: string | null, hostname?: string | null, agentVersion?: string | null }, credentials: { __typename?: 'DesktopCredentials', effectiveSource: CredentialSource, username?: string | null, hasPassword: boolean, customSet: boolean, imageCopyAt?: string | null, stale: boolean } } };

export type ClearDesktopCredentialsMutationVariables = Exact<{
  desktopId: Scalars['ID']['input'];
}>;


export type ClearDesktopCredentialsMutation = { __typename?: 'MutationRoot', clearDesktopCredentials: { __typename?: 'Desktop', id: string, name: string, externalId: string, removedFromPlatform: boolean, bootMode: BootMode, loginMode: LoginMode, adDomain?: string | null, version: number, createdAt: string, tenant: { __typename?: 'Tenant', id: string, slug: string }, owner?: { __typename?: 'User', id: string, username: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind }, source: { __typename: 'Image', id: string, name: string } | { __typename: 'Template', id: string, name: string }, osInfo: { __typename?: 'OsInfo', osType?: string | null, osDistro?: string | null, osVersion?: string | null, source: OsInfoSource, reportedAt?: string | null }, agent: { __typename?: 'AgentStatus', connected: boolean, lastReportAt?: string | null, hostname?: string | null, agentVersion?: string | null }, credentials: { __typename?: 'DesktopCredentials', effectiveSource: CredentialSource, username?: string | null, hasPassword: boolean, customSet: boolean, imageCopyAt?: string | null, stale: boolean } } };

export type UpdateCredentialsMutationVariables = Exact<{
  desktopId: Scalars['ID']['input'];
}>;


export type UpdateCredentialsMutation = { __typename?: 'MutationRoot', updateCredentials: { __typename?: 'Desktop', id: string, name: string, externalId: string, removedFromPlatform: boolean, bootMode: BootMode, loginMode: LoginMode, adDomain?: string | null, version: number, createdAt: string, tenant: { __typename?: 'Tenant', id: string, slug: string }, owner?: { __typename?: 'User', id: string, username: string } | null, platform: { __typename?: 'CloudPlatform', id: string, name: string, kind: PlatformKind }, source: { __typename: 'Image', id: string, name: string } | { __typename: 'Template', id: string, name: string }, osInfo: { __typename?: 'OsInfo', osType?: string | null, osDistro?: string | null, osVersion?: string | null, source: OsInfoSource, reportedAt?: string | null }, agent: { __typename?: 'AgentStatus', connected: boolean, lastReportAt?: string | null, hostname?: string | null, agentVersion?: string | null }, credentials: { __typename?: 'DesktopCredentials', effectiveSource: CredentialSource, username?: string | null, hasPassword: boolean, customSet: boolean, imageCopyAt?: string | null, stale: boolean } } };

export type UpdateCredentialsFromSourceMutationVariables = Exact<{
  sourceId: Scalars['ID']['input'];
  dryRun: Scalars['Boolean']['input'];
}>;


export type UpdateCredentialsFromSourceMutation = { __typename?: 'MutationRoot', updateCredentialsFromSource: number };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on User {
  id
  username
  role
  tenant {
    id
    slug
    name
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const PlacementFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlacementFields on Placement {
  zone
  cluster
  host
  instanceOffering
  network
  cpuCores
  memoryMib
  storagePolicy
}
    `, {"fragmentName":"PlacementFields"}) as unknown as TypedDocumentString<PlacementFieldsFragment, unknown>;
export const SyncRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment SyncRunFields on SyncRun {
  id
  status
  startedAt
  finishedAt
  added
  updated
  removed
  error
  notes
}
    `, {"fragmentName":"SyncRunFields"}) as unknown as TypedDocumentString<SyncRunFieldsFragment, unknown>;
export const PlatformFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlatformFields on CloudPlatform {
  id
  name
  kind
  endpoint
  available
  hasSecret
  syncIntervalSeconds
  capabilities {
    resourceModel
    bootModeEditable
    videoModelEditable
    bootModeCopy
    uefi
  }
  uefiSetting
  placement {
    ...PlacementFields
  }
  projectTenants {
    project
    tenant
    placement {
      ...PlacementFields
    }
  }
  lastSync {
    ...SyncRunFields
  }
}
    fragment PlacementFields on Placement {
  zone
  cluster
  host
  instanceOffering
  network
  cpuCores
  memoryMib
  storagePolicy
}
fragment SyncRunFields on SyncRun {
  id
  status
  startedAt
  finishedAt
  added
  updated
  removed
  error
  notes
}`, {"fragmentName":"PlatformFields"}) as unknown as TypedDocumentString<PlatformFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on BootSource {
  __typename
  id
  name
  externalId
  scope
  bootMode
  videoModel
  osType
  osDistro
  osUsername
  hasOsPassword
  removedFromPlatform
  version
  syncedAt
  tenant {
    id
    slug
  }
  platform {
    id
    name
    kind
    capabilities {
      resourceModel
      bootModeEditable
      videoModelEditable
      bootModeCopy
      uefi
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const DesktopFieldsFragmentDoc = new TypedDocumentString(`
    fragment DesktopFields on Desktop {
  id
  name
  externalId
  removedFromPlatform
  bootMode
  loginMode
  adDomain
  version
  createdAt
  tenant {
    id
    slug
  }
  owner {
    id
    username
  }
  platform {
    id
    name
    kind
  }
  source {
    __typename
    id
    name
  }
  osInfo {
    osType
    osDistro
    osVersion
    source
    reportedAt
  }
  agent {
    connected
    lastReportAt
    hostname
    agentVersion
  }
  credentials {
    effectiveSource
    username
    hasPassword
    customSet
    imageCopyAt
    stale
  }
}
    `, {"fragmentName":"DesktopFields"}) as unknown as TypedDocumentString<DesktopFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    token
    expiresAt
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on User {
  id
  username
  role
  tenant {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh {
  refreshToken {
    token
    expiresAt
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on User {
  id
  username
  role
  tenant {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const PlatformsDocument = new TypedDocumentString(`
    query Platforms {
  cloudPlatforms {
    ...PlatformFields
  }
}
    fragment PlatformFields on CloudPlatform {
  id
  name
  kind
  endpoint
  available
  hasSecret
  syncIntervalSeconds
  capabilities {
    resourceModel
    bootModeEditable
    videoModelEditable
    bootModeCopy
    uefi
  }
  uefiSetting
  placement {
    ...PlacementFields
  }
  projectTenants {
    project
    tenant
    placement {
      ...PlacementFields
    }
  }
  lastSync {
    ...SyncRunFields
  }
}
fragment PlacementFields on Placement {
  zone
  cluster
  host
  instanceOffering
  network
  cpuCores
  memoryMib
  storagePolicy
}
fragment SyncRunFields on SyncRun {
  id
  status
  startedAt
  finishedAt
  added
  updated
  removed
  error
  notes
}`) as unknown as TypedDocumentString<PlatformsQuery, PlatformsQueryVariables>;
export const PlatformNamesDocument = new TypedDocumentString(`
    query PlatformNames {
  cloudPlatforms {
    id
    name
    kind
    capabilities {
      resourceModel
      bootModeEditable
      videoModelEditable
      bootModeCopy
      uefi
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformNamesQuery, PlatformNamesQueryVariables>;
export const AddPlatformDocument = new TypedDocumentString(`
    mutation AddPlatform($input: AddCloudPlatformInput!) {
  addCloudPlatform(input: $input) {
    ...PlatformFields
  }
}
    fragment PlatformFields on CloudPlatform {
  id
  name
  kind
  endpoint
  available
  hasSecret
  syncIntervalSeconds
  capabilities {
    resourceModel
    bootModeEditable
    videoModelEditable
    bootModeCopy
    uefi
  }
  uefiSetting
  placement {
    ...PlacementFields
  }
  projectTenants {
    project
    tenant
    placement {
      ...PlacementFields
    }
  }
  lastSync {
    ...SyncRunFields
  }
}
fragment PlacementFields on Placement {
  zone
  cluster
  host
  instanceOffering
  network
  cpuCores
  memoryMib
  storagePolicy
}
fragment SyncRunFields on SyncRun {
  id
  status
  startedAt
  finishedAt
  added
  updated
  removed
  error
  notes
}`) as unknown as TypedDocumentString<AddPlatformMutation, AddPlatformMutationVariables>;
export const UpdatePlatformDocument = new TypedDocumentString(`
    mutation UpdatePlatform($input: UpdateCloudPlatformInput!) {
  updateCloudPlatform(input: $input) {
    ...PlatformFields
  }
}
    fragment PlatformFields on CloudPlatform {
  id
  name
  kind
  endpoint
  available
  hasSecret
  syncIntervalSeconds
  capabilities {
    resourceModel
    bootModeEditable
    videoModelEditable
    bootModeCopy
    uefi
  }
  uefiSetting
  placement {
    ...PlacementFields
  }
  projectTenants {
    project
    tenant
    placement {
      ...PlacementFields
    }
  }
  lastSync {
    ...SyncRunFields
  }
}
fragment PlacementFields on Placement {
  zone
  cluster
  host
  instanceOffering
  network
  cpuCores
  memoryMib
  storagePolicy
}
fragment SyncRunFields on SyncRun {
  id
  status
  startedAt
  finishedAt
  added
  updated
  removed
  error
  notes
}`) as unknown as TypedDocumentString<UpdatePlatformMutation, UpdatePlatformMutationVariables>;
export const RemovePlatformDocument = new TypedDocumentString(`
    mutation RemovePlatform($id: ID!) {
  removeCloudPlatform(id: $id)
}
    `) as unknown as TypedDocumentString<RemovePlatformMutation, RemovePlatformMutationVariables>;
export const SyncPlatformDocument = new TypedDocumentString(`
    mutation SyncPlatform($id: ID!) {
  syncCloudPlatform(id: $id) {
    ...SyncRunFields
  }
}
    fragment SyncRunFields on SyncRun {
  id
  status
  startedAt
  finishedAt
  added
  updated
  removed
  error
  notes
}`) as unknown as TypedDocumentString<SyncPlatformMutation, SyncPlatformMutationVariables>;
export const SyncEventsDocument = new TypedDocumentString(`
    subscription SyncEvents($platformId: ID) {
  syncEvents(platformId: $platformId) {
    kind
    message
    at
    platform {
      id
      name
    }
    run {
      ...SyncRunFields
    }
    source {
      id
      name
    }
  }
}
    fragment SyncRunFields on SyncRun {
  id
  status
  startedAt
  finishedAt
  added
  updated
  removed
  error
  notes
}`) as unknown as TypedDocumentString<SyncEventsSubscription, SyncEventsSubscriptionVariables>;
export const VdiImagesDocument = new TypedDocumentString(`
    query VdiImages($first: Int, $after: String, $filter: SourceFilter) {
  vdiImages(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...SourceFields
      }
    }
  }
}
    fragment SourceFields on BootSource {
  __typename
  id
  name
  externalId
  scope
  bootMode
  videoModel
  osType
  osDistro
  osUsername
  hasOsPassword
  removedFromPlatform
  version
  syncedAt
  tenant {
    id
    slug
  }
  platform {
    id
    name
    kind
    capabilities {
      resourceModel
      bootModeEditable
      videoModelEditable
      bootModeCopy
      uefi
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`) as unknown as TypedDocumentString<VdiImagesQuery, VdiImagesQueryVariables>;
export const VdiTemplatesDocument = new TypedDocumentString(`
    query VdiTemplates($first: Int, $after: String, $filter: SourceFilter) {
  vdiTemplates(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...SourceFields
      }
    }
  }
}
    fragment SourceFields on BootSource {
  __typename
  id
  name
  externalId
  scope
  bootMode
  videoModel
  osType
  osDistro
  osUsername
  hasOsPassword
  removedFromPlatform
  version
  syncedAt
  tenant {
    id
    slug
  }
  platform {
    id
    name
    kind
    capabilities {
      resourceModel
      bootModeEditable
      videoModelEditable
      bootModeCopy
      uefi
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`) as unknown as TypedDocumentString<VdiTemplatesQuery, VdiTemplatesQueryVariables>;
export const CustomImagesDocument = new TypedDocumentString(`
    query CustomImages($first: Int, $after: String, $filter: SourceFilter) {
  customImages(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...SourceFields
      }
    }
  }
}
    fragment SourceFields on BootSource {
  __typename
  id
  name
  externalId
  scope
  bootMode
  videoModel
  osType
  osDistro
  osUsername
  hasOsPassword
  removedFromPlatform
  version
  syncedAt
  tenant {
    id
    slug
  }
  platform {
    id
    name
    kind
    capabilities {
      resourceModel
      bootModeEditable
      videoModelEditable
      bootModeCopy
      uefi
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`) as unknown as TypedDocumentString<CustomImagesQuery, CustomImagesQueryVariables>;
export const CustomTemplatesDocument = new TypedDocumentString(`
    query CustomTemplates($first: Int, $after: String, $filter: SourceFilter) {
  customTemplates(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...SourceFields
      }
    }
  }
}
    fragment SourceFields on BootSource {
  __typename
  id
  name
  externalId
  scope
  bootMode
  videoModel
  osType
  osDistro
  osUsername
  hasOsPassword
  removedFromPlatform
  version
  syncedAt
  tenant {
    id
    slug
  }
  platform {
    id
    name
    kind
    capabilities {
      resourceModel
      bootModeEditable
      videoModelEditable
      bootModeCopy
      uefi
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`) as unknown as TypedDocumentString<CustomTemplatesQuery, CustomTemplatesQueryVariables>;
export const PlatformSourcesDocument = new TypedDocumentString(`
    query PlatformSources($id: ID!, $first: Int, $after: String, $images: Boolean!) {
  node(id: $id) {
    ... on CloudPlatform {
      ...PlatformFields
      images(first: $first, after: $after) @include(if: $images) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...SourceFields
          }
        }
      }
      templates(first: $first, after: $after) @skip(if: $images) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...SourceFields
          }
        }
      }
      syncRuns(first: 5) {
        edges {
          node {
            ...SyncRunFields
          }
        }
      }
    }
  }
}
    fragment PlatformFields on CloudPlatform {
  id
  name
  kind
  endpoint
  available
  hasSecret
  syncIntervalSeconds
  capabilities {
    resourceModel
    bootModeEditable
    videoModelEditable
    bootModeCopy
    uefi
  }
  uefiSetting
  placement {
    ...PlacementFields
  }
  projectTenants {
    project
    tenant
    placement {
      ...PlacementFields
    }
  }
  lastSync {
    ...SyncRunFields
  }
}
fragment PlacementFields on Placement {
  zone
  cluster
  host
  instanceOffering
  network
  cpuCores
  memoryMib
  storagePolicy
}
fragment SyncRunFields on SyncRun {
  id
  status
  startedAt
  finishedAt
  added
  updated
  removed
  error
  notes
}
fragment SourceFields on BootSource {
  __typename
  id
  name
  externalId
  scope
  bootMode
  videoModel
  osType
  osDistro
  osUsername
  hasOsPassword
  removedFromPlatform
  version
  syncedAt
  tenant {
    id
    slug
  }
  platform {
    id
    name
    kind
    capabilities {
      resourceModel
      bootModeEditable
      videoModelEditable
      bootModeCopy
      uefi
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`) as unknown as TypedDocumentString<PlatformSourcesQuery, PlatformSourcesQueryVariables>;
export const SetOsInfoDocument = new TypedDocumentString(`
    mutation SetOsInfo($input: SetOsInfoInput!) {
  setOsInfo(input: $input) {
    ...SourceFields
  }
}
    fragment SourceFields on BootSource {
  __typename
  id
  name
  externalId
  scope
  bootMode
  videoModel
  osType
  osDistro
  osUsername
  hasOsPassword
  removedFromPlatform
  version
  syncedAt
  tenant {
    id
    slug
  }
  platform {
    id
    name
    kind
    capabilities {
      resourceModel
      bootModeEditable
      videoModelEditable
      bootModeCopy
      uefi
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`) as unknown as TypedDocumentString<SetOsInfoMutation, SetOsInfoMutationVariables>;
export const SetOsCredentialsDocument = new TypedDocumentString(`
    mutation SetOsCredentials($input: SetOsCredentialsInput!) {
  setOsCredentials(input: $input) {
    ...SourceFields
  }
}
    fragment SourceFields on BootSource {
  __typename
  id
  name
  externalId
  scope
  bootMode
  videoModel
  osType
  osDistro
  osUsername
  hasOsPassword
  removedFromPlatform
  version
  syncedAt
  tenant {
    id
    slug
  }
  platform {
    id
    name
    kind
    capabilities {
      resourceModel
      bootModeEditable
      videoModelEditable
      bootModeCopy
      uefi
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`) as unknown as TypedDocumentString<SetOsCredentialsMutation, SetOsCredentialsMutationVariables>;
export const ClearOsCredentialsDocument = new TypedDocumentString(`
    mutation ClearOsCredentials($id: ID!) {
  clearOsCredentials(id: $id) {
    ...SourceFields
  }
}
    fragment SourceFields on BootSource {
  __typename
  id
  name
  externalId
  scope
  bootMode
  videoModel
  osType
  osDistro
  osUsername
  hasOsPassword
  removedFromPlatform
  version
  syncedAt
  tenant {
    id
    slug
  }
  platform {
    id
    name
    kind
    capabilities {
      resourceModel
      bootModeEditable
      videoModelEditable
      bootModeCopy
      uefi
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`) as unknown as TypedDocumentString<ClearOsCredentialsMutation, ClearOsCredentialsMutationVariables>;
export const SetVideoModelDocument = new TypedDocumentString(`
    mutation SetVideoModel($input: SetVideoModelInput!) {
  setVideoModel(input: $input) {
    ...SourceFields
  }
}
    fragment SourceFields on BootSource {
  __typename
  id
  name
  externalId
  scope
  bootMode
  videoModel
  osType
  osDistro
  osUsername
  hasOsPassword
  removedFromPlatform
  version
  syncedAt
  tenant {
    id
    slug
  }
  platform {
    id
    name
    kind
    capabilities {
      resourceModel
      bootModeEditable
      videoModelEditable
      bootModeCopy
      uefi
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`) as unknown as TypedDocumentString<SetVideoModelMutation, SetVideoModelMutationVariables>;
export const SetBootModeDocument = new TypedDocumentString(`
    mutation SetBootMode($input: SetBootModeInput!) {
  setBootMode(input: $input) {
    ...SourceFields
  }
}
    fragment SourceFields on BootSource {
  __typename
  id
  name
  externalId
  scope
  bootMode
  videoModel
  osType
  osDistro
  osUsername
  hasOsPassword
  removedFromPlatform
  version
  syncedAt
  tenant {
    id
    slug
  }
  platform {
    id
    name
    kind
    capabilities {
      resourceModel
      bootModeEditable
      videoModelEditable
      bootModeCopy
      uefi
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`) as unknown as TypedDocumentString<SetBootModeMutation, SetBootModeMutationVariables>;
export const CopyWithBootModeDocument = new TypedDocumentString(`
    mutation CopyWithBootMode($input: CopyWithBootModeInput!) {
  copyWithBootMode(input: $input) {
    ...SourceFields
  }
}
    fragment SourceFields on BootSource {
  __typename
  id
  name
  externalId
  scope
  bootMode
  videoModel
  osType
  osDistro
  osUsername
  hasOsPassword
  removedFromPlatform
  version
  syncedAt
  tenant {
    id
    slug
  }
  platform {
    id
    name
    kind
    capabilities {
      resourceModel
      bootModeEditable
      videoModelEditable
      bootModeCopy
      uefi
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`) as unknown as TypedDocumentString<CopyWithBootModeMutation, CopyWithBootModeMutationVariables>;
export const TenantsDocument = new TypedDocumentString(`
    query Tenants($first: Int, $after: String) {
  tenants(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TenantsQuery, TenantsQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($first: Int, $after: String, $tenantId: ID) {
  users(first: $first, after: $after, tenantId: $tenantId) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        username
        role
        disabled
        tenant {
          id
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateTenantDocument = new TypedDocumentString(`
    mutation CreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<CreateTenantMutation, CreateTenantMutationVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    username
    role
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const SetUserDisabledDocument = new TypedDocumentString(`
    mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
  setUserDisabled(id: $id, disabled: $disabled) {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<SetUserDisabledMutation, SetUserDisabledMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int, $after: String) {
  auditLog(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        action
        targetId
        outcome
        detail
        actor {
          id
          username
          tenant {
            slug
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const DesktopsDocument = new TypedDocumentString(`
    query Desktops($first: Int, $after: String, $filter: DesktopFilter) {
  desktops(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...DesktopFields
      }
    }
  }
}
    fragment DesktopFields on Desktop {
  id
  name
  externalId
  removedFromPlatform
  bootMode
  loginMode
  adDomain
  version
  createdAt
  tenant {
    id
    slug
  }
  owner {
    id
    username
  }
  platform {
    id
    name
    kind
  }
  source {
    __typename
    id
    name
  }
  osInfo {
    osType
    osDistro
    osVersion
    source
    reportedAt
  }
  agent {
    connected
    lastReportAt
    hostname
    agentVersion
  }
  credentials {
    effectiveSource
    username
    hasPassword
    customSet
    imageCopyAt
    stale
  }
}`) as unknown as TypedDocumentString<DesktopsQuery, DesktopsQueryVariables>;
export const DesktopNodeDocument = new TypedDocumentString(`
    query DesktopNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on Desktop {
      ...DesktopFields
    }
  }
}
    fragment DesktopFields on Desktop {
  id
  name
  externalId
  removedFromPlatform
  bootMode
  loginMode
  adDomain
  version
  createdAt
  tenant {
    id
    slug
  }
  owner {
    id
    username
  }
  platform {
    id
    name
    kind
  }
  source {
    __typename
    id
    name
  }
  osInfo {
    osType
    osDistro
    osVersion
    source
    reportedAt
  }
  agent {
    connected
    lastReportAt
    hostname
    agentVersion
  }
  credentials {
    effectiveSource
    username
    hasPassword
    customSet
    imageCopyAt
    stale
  }
}`) as unknown as TypedDocumentString<DesktopNodeQuery, DesktopNodeQueryVariables>;
export const DesktopEventsDocument = new TypedDocumentString(`
    subscription DesktopEvents($desktopId: ID) {
  desktopEvents(desktopId: $desktopId) {
    kind
    desktopId
    at
    desktop {
      ...DesktopFields
    }
  }
}
    fragment DesktopFields on Desktop {
  id
  name
  externalId
  removedFromPlatform
  bootMode
  loginMode
  adDomain
  version
  createdAt
  tenant {
    id
    slug
  }
  owner {
    id
    username
  }
  platform {
    id
    name
    kind
  }
  source {
    __typename
    id
    name
  }
  osInfo {
    osType
    osDistro
    osVersion
    source
    reportedAt
  }
  agent {
    connected
    lastReportAt
    hostname
    agentVersion
  }
  credentials {
    effectiveSource
    username
    hasPassword
    customSet
    imageCopyAt
    stale
  }
}`) as unknown as TypedDocumentString<DesktopEventsSubscription, DesktopEventsSubscriptionVariables>;
export const ConnectionInfoDocument = new TypedDocumentString(`
    query ConnectionInfo($desktopId: ID!) {
  connectionInfo(desktopId: $desktopId) {
    loginMode
    autoLogin
    username
    password
    adDomain
  }
}
    `) as unknown as TypedDocumentString<ConnectionInfoQuery, ConnectionInfoQueryVariables>;
export const CreateDesktopDocument = new TypedDocumentString(`
    mutation CreateDesktop($input: CreateDesktopInput!) {
  createDesktop(input: $input) {
    ...DesktopFields
  }
}
    fragment DesktopFields on Desktop {
  id
  name
  externalId
  removedFromPlatform
  bootMode
  loginMode
  adDomain
  version
  createdAt
  tenant {
    id
    slug
  }
  owner {
    id
    username
  }
  platform {
    id
    name
    kind
  }
  source {
    __typename
    id
    name
  }
  osInfo {
    osType
    osDistro
    osVersion
    source
    reportedAt
  }
  agent {
    connected
    lastReportAt
    hostname
    agentVersion
  }
  credentials {
    effectiveSource
    username
    hasPassword
    customSet
    imageCopyAt
    stale
  }
}`) as unknown as TypedDocumentString<CreateDesktopMutation, CreateDesktopMutationVariables>;
export const DeleteDesktopDocument = new TypedDocumentString(`
    mutation DeleteDesktop($id: ID!) {
  deleteDesktop(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteDesktopMutation, DeleteDesktopMutationVariables>;
export const AssignDesktopDocument = new TypedDocumentString(`
    mutation AssignDesktop($desktopId: ID!, $ownerId: ID) {
  assignDesktop(desktopId: $desktopId, ownerId: $ownerId) {
    ...DesktopFields
  }
}
    fragment DesktopFields on Desktop {
  id
  name
  externalId
  removedFromPlatform
  bootMode
  loginMode
  adDomain
  version
  createdAt
  tenant {
    id
    slug
  }
  owner {
    id
    username
  }
  platform {
    id
    name
    kind
  }
  source {
    __typename
    id
    name
  }
  osInfo {
    osType
    osDistro
    osVersion
    source
    reportedAt
  }
  agent {
    connected
    lastReportAt
    hostname
    agentVersion
  }
  credentials {
    effectiveSource
    username
    hasPassword
    customSet
    imageCopyAt
    stale
  }
}`) as unknown as TypedDocumentString<AssignDesktopMutation, AssignDesktopMutationVariables>;
export const SetDesktopCredentialsDocument = new TypedDocumentString(`
    mutation SetDesktopCredentials($input: SetDesktopCredentialsInput!) {
  setDesktopCredentials(input: $input) {
    ...DesktopFields
  }
}
    fragment DesktopFields on Desktop {
  id
  name
  externalId
  removedFromPlatform
  bootMode
  loginMode
  adDomain
  version
  createdAt
  tenant {
    id
    slug
  }
  owner {
    id
    username
  }
  platform {
    id
    name
    kind
  }
  source {
    __typename
    id
    name
  }
  osInfo {
    osType
    osDistro
    osVersion
    source
    reportedAt
  }
  agent {
    connected
    lastReportAt
    hostname
    agentVersion
  }
  credentials {
    effectiveSource
    username
    hasPassword
    customSet
    imageCopyAt
    stale
  }
}`) as unknown as TypedDocumentString<SetDesktopCredentialsMutation, SetDesktopCredentialsMutationVariables>;
export const ClearDesktopCredentialsDocument = new TypedDocumentString(`
    mutation ClearDesktopCredentials($desktopId: ID!) {
  clearDesktopCredentials(desktopId: $desktopId) {
    ...DesktopFields
  }
}
    fragment DesktopFields on Desktop {
  id
  name
  externalId
  removedFromPlatform
  bootMode
  loginMode
  adDomain
  version
  createdAt
  tenant {
    id
    slug
  }
  owner {
    id
    username
  }
  platform {
    id
    name
    kind
  }
  source {
    __typename
    id
    name
  }
  osInfo {
    osType
    osDistro
    osVersion
    source
    reportedAt
  }
  agent {
    connected
    lastReportAt
    hostname
    agentVersion
  }
  credentials {
    effectiveSource
    username
    hasPassword
    customSet
    imageCopyAt
    stale
  }
}`) as unknown as TypedDocumentString<ClearDesktopCredentialsMutation, ClearDesktopCredentialsMutationVariables>;
export const UpdateCredentialsDocument = new TypedDocumentString(`
    mutation UpdateCredentials($desktopId: ID!) {
  updateCredentials(desktopId: $desktopId) {
    ...DesktopFields
  }
}
    fragment DesktopFields on Desktop {
  id
  name
  externalId
  removedFromPlatform
  bootMode
  loginMode
  adDomain
  version
  createdAt
  tenant {
    id
    slug
  }
  owner {
    id
    username
  }
  platform {
    id
    name
    kind
  }
  source {
    __typename
    id
    name
  }
  osInfo {
    osType
    osDistro
    osVersion
    source
    reportedAt
  }
  agent {
    connected
    lastReportAt
    hostname
    agentVersion
  }
  credentials {
    effectiveSource
    username
    hasPassword
    customSet
    imageCopyAt
    stale
  }
}`) as unknown as TypedDocumentString<UpdateCredentialsMutation, UpdateCredentialsMutationVariables>;
export const UpdateCredentialsFromSourceDocument = new TypedDocumentString(`
    mutation UpdateCredentialsFromSource($sourceId: ID!, $dryRun: Boolean!) {
  updateCredentialsFromSource(sourceId: $sourceId, dryRun: $dryRun)
}
    `) as unknown as TypedDocumentString<UpdateCredentialsFromSourceMutation, UpdateCredentialsFromSourceMutationVariables>;