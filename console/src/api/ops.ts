// Every operation the console sends. Types come from `npm run codegen` (src/gql/), checked
// against ../schema.graphql: an operation the schema no longer answers fails the build.
import { graphql } from '../gql';

export const ViewerFields = graphql(`
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
`);

export const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const Refresh = graphql(`
  mutation Refresh {
    refreshToken {
      token
      expiresAt
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const PlatformFields = graphql(`
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
`);

export const PlacementFields = graphql(`
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
`);

export const SyncRunFields = graphql(`
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
`);

export const Platforms = graphql(`
  query Platforms {
    cloudPlatforms {
      ...PlatformFields
    }
  }
`);

export const PlatformNames = graphql(`
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
`);

export const AddPlatform = graphql(`
  mutation AddPlatform($input: AddCloudPlatformInput!) {
    addCloudPlatform(input: $input) {
      ...PlatformFields
    }
  }
`);

export const UpdatePlatform = graphql(`
  mutation UpdatePlatform($input: UpdateCloudPlatformInput!) {
    updateCloudPlatform(input: $input) {
      ...PlatformFields
    }
  }
`);

export const RemovePlatform = graphql(`
  mutation RemovePlatform($id: ID!) {
    removeCloudPlatform(id: $id)
  }
`);

export const SyncPlatform = graphql(`
  mutation SyncPlatform($id: ID!) {
    syncCloudPlatform(id: $id) {
      ...SyncRunFields
    }
  }
`);

export const SyncEvents = graphql(`
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
`);

export const SourceFields = graphql(`
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
`);

export const VdiImages = graphql(`
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
`);

export const VdiTemplates = graphql(`
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
`);

export const CustomImages = graphql(`
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
`);

export const CustomTemplates = graphql(`
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
`);

export const PlatformSources = graphql(`
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
`);

export const SetOsInfo = graphql(`
  mutation SetOsInfo($input: SetOsInfoInput!) {
    setOsInfo(input: $input) {
      ...SourceFields
    }
  }
`);

export const SetOsCredentials = graphql(`
  mutation SetOsCredentials($input: SetOsCredentialsInput!) {
    setOsCredentials(input: $input) {
      ...SourceFields
    }
  }
`);

export const ClearOsCredentials = graphql(`
  mutation ClearOsCredentials($id: ID!) {
    clearOsCredentials(id: $id) {
      ...SourceFields
    }
  }
`);

export const SetVideoModel = graphql(`
  mutation SetVideoModel($input: SetVideoModelInput!) {
    setVideoModel(input: $input) {
      ...SourceFields
    }
  }
`);

export const SetBootMode = graphql(`
  mutation SetBootMode($input: SetBootModeInput!) {
    setBootMode(input: $input) {
      ...SourceFields
    }
  }
`);

export const CopyWithBootMode = graphql(`
  mutation CopyWithBootMode($input: CopyWithBootModeInput!) {
    copyWithBootMode(input: $input) {
      ...SourceFields
    }
  }
`);

export const Tenants = graphql(`
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
`);

export const Users = graphql(`
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
`);

export const CreateTenant = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      id
      slug
      name
    }
  }
`);

export const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      role
    }
  }
`);

export const SetUserDisabled = graphql(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      id
      disabled
    }
  }
`);

export const AuditLog = graphql(`
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
`);

export const DesktopFields = graphql(`
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
`);

export const Desktops = graphql(`
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
`);

export const DesktopNode = graphql(`
  query DesktopNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on Desktop {
        ...DesktopFields
      }
    }
  }
`);

export const DesktopEvents = graphql(`
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
`);

export const ConnectionInfo = graphql(`
  query ConnectionInfo($desktopId: ID!) {
    connectionInfo(desktopId: $desktopId) {
      loginMode
      autoLogin
      username
      password
      adDomain
    }
  }
`);

export const CreateDesktop = graphql(`
  mutation CreateDesktop($input: CreateDesktopInput!) {
    createDesktop(input: $input) {
      ...DesktopFields
    }
  }
`);

export const DeleteDesktop = graphql(`
  mutation DeleteDesktop($id: ID!) {
    deleteDesktop(id: $id)
  }
`);

export const AssignDesktop = graphql(`
  mutation AssignDesktop($desktopId: ID!, $ownerId: ID) {
    assignDesktop(desktopId: $desktopId, ownerId: $ownerId) {
      ...DesktopFields
    }
  }
`);

export const SetDesktopCredentials = graphql(`
  mutation SetDesktopCredentials($input: SetDesktopCredentialsInput!) {
    setDesktopCredentials(input: $input) {
      ...DesktopFields
    }
  }
`);

export const ClearDesktopCredentials = graphql(`
  mutation ClearDesktopCredentials($desktopId: ID!) {
    clearDesktopCredentials(desktopId: $desktopId) {
      ...DesktopFields
    }
  }
`);

export const UpdateCredentials = graphql(`
  mutation UpdateCredentials($desktopId: ID!) {
    updateCredentials(desktopId: $desktopId) {
      ...DesktopFields
    }
  }
`);

export const UpdateCredentialsFromSource = graphql(`
  mutation UpdateCredentialsFromSource($sourceId: ID!, $dryRun: Boolean!) {
    updateCredentialsFromSource(sourceId: $sourceId, dryRun: $dryRun)
  }
`);
