import{r as i,j as e,c as wt}from"./react-CrowJ5J7.js";class k extends String{__apiType;value;__meta__;constructor(n,o){super(n),this.value=n,this.__meta__=o}toString(){return this.value}}const Ct=new k(`
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
    `,{fragmentName:"ViewerFields"}),Nt=new k(`
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
    `,{fragmentName:"PlacementFields"}),Dt=new k(`
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
    `,{fragmentName:"SyncRunFields"}),Et=new k(`
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
}`,{fragmentName:"PlatformFields"}),Tt=new k(`
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
    `,{fragmentName:"SourceFields"}),Mt=new k(`
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
    `,{fragmentName:"DesktopFields"}),$t=new k(`
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
}`),Pt=new k(`
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
}`),At=new k(`
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
}`),Ft=new k(`
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
    `),Ot=new k(`
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
}`),Rt=new k(`
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
}`),_t=new k(`
    mutation RemovePlatform($id: ID!) {
  removeCloudPlatform(id: $id)
}
    `),Ut=new k(`
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
}`),Lt=new k(`
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
}`),Bt=new k(`
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
}`),Vt=new k(`
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
}`),qt=new k(`
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
}`),Wt=new k(`
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
}`),Kt=new k(`
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
}`),zt=new k(`
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
}`),Ht=new k(`
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
}`),Gt=new k(`
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
}`),Yt=new k(`
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
}`),Qt=new k(`
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
}`),Xt=new k(`
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
}`),Zt=new k(`
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
    `),Jt=new k(`
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
    `),en=new k(`
    mutation CreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) {
    id
    slug
    name
  }
}
    `),tn=new k(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    username
    role
  }
}
    `),nn=new k(`
    mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
  setUserDisabled(id: $id, disabled: $disabled) {
    id
    disabled
  }
}
    `),on=new k(`
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
    `),sn=new k(`
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
}`),an=new k(`
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
}`),rn=new k(`
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
}`),dn=new k(`
    query ConnectionInfo($desktopId: ID!) {
  connectionInfo(desktopId: $desktopId) {
    loginMode
    autoLogin
    username
    password
    adDomain
  }
}
    `),ln=new k(`
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
}`),cn=new k(`
    mutation DeleteDesktop($id: ID!) {
  deleteDesktop(id: $id)
}
    `),un=new k(`
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
}`),mn=new k(`
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
}`),pn=new k(`
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
}`),fn=new k(`
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
}`),hn=new k(`
    mutation UpdateCredentialsFromSource($sourceId: ID!, $dryRun: Boolean!) {
  updateCredentialsFromSource(sourceId: $sourceId, dryRun: $dryRun)
}
    `),gn={"\n  fragment ViewerFields on User {\n    id\n    username\n    role\n    tenant {\n      id\n      slug\n      name\n    }\n  }\n":Ct,"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n":$t,"\n  mutation Refresh {\n    refreshToken {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n":Pt,"\n  fragment PlatformFields on CloudPlatform {\n    id\n    name\n    kind\n    endpoint\n    available\n    hasSecret\n    syncIntervalSeconds\n    capabilities {\n      resourceModel\n      bootModeEditable\n      videoModelEditable\n      bootModeCopy\n      uefi\n    }\n    uefiSetting\n    placement {\n      ...PlacementFields\n    }\n    projectTenants {\n      project\n      tenant\n      placement {\n        ...PlacementFields\n      }\n    }\n    lastSync {\n      ...SyncRunFields\n    }\n  }\n":Et,"\n  fragment PlacementFields on Placement {\n    zone\n    cluster\n    host\n    instanceOffering\n    network\n    cpuCores\n    memoryMib\n    storagePolicy\n  }\n":Nt,"\n  fragment SyncRunFields on SyncRun {\n    id\n    status\n    startedAt\n    finishedAt\n    added\n    updated\n    removed\n    error\n    notes\n  }\n":Dt,"\n  query Platforms {\n    cloudPlatforms {\n      ...PlatformFields\n    }\n  }\n":At,"\n  query PlatformNames {\n    cloudPlatforms {\n      id\n      name\n      kind\n      capabilities {\n        resourceModel\n        bootModeEditable\n        videoModelEditable\n        bootModeCopy\n        uefi\n      }\n    }\n  }\n":Ft,"\n  mutation AddPlatform($input: AddCloudPlatformInput!) {\n    addCloudPlatform(input: $input) {\n      ...PlatformFields\n    }\n  }\n":Ot,"\n  mutation UpdatePlatform($input: UpdateCloudPlatformInput!) {\n    updateCloudPlatform(input: $input) {\n      ...PlatformFields\n    }\n  }\n":Rt,"\n  mutation RemovePlatform($id: ID!) {\n    removeCloudPlatform(id: $id)\n  }\n":_t,"\n  mutation SyncPlatform($id: ID!) {\n    syncCloudPlatform(id: $id) {\n      ...SyncRunFields\n    }\n  }\n":Ut,"\n  subscription SyncEvents($platformId: ID) {\n    syncEvents(platformId: $platformId) {\n      kind\n      message\n      at\n      platform {\n        id\n        name\n      }\n      run {\n        ...SyncRunFields\n      }\n      source {\n        id\n        name\n      }\n    }\n  }\n":Lt,"\n  fragment SourceFields on BootSource {\n    __typename\n    id\n    name\n    externalId\n    scope\n    bootMode\n    videoModel\n    osType\n    osDistro\n    osUsername\n    hasOsPassword\n    removedFromPlatform\n    version\n    syncedAt\n    tenant {\n      id\n      slug\n    }\n    platform {\n      id\n      name\n      kind\n      capabilities {\n        resourceModel\n        bootModeEditable\n        videoModelEditable\n        bootModeCopy\n        uefi\n      }\n    }\n    readiness {\n      ready\n      problems {\n        code\n        message\n      }\n    }\n  }\n":Tt,"\n  query VdiImages($first: Int, $after: String, $filter: SourceFilter) {\n    vdiImages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n":Bt,"\n  query VdiTemplates($first: Int, $after: String, $filter: SourceFilter) {\n    vdiTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n":Vt,"\n  query CustomImages($first: Int, $after: String, $filter: SourceFilter) {\n    customImages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n":qt,"\n  query CustomTemplates($first: Int, $after: String, $filter: SourceFilter) {\n    customTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n":Wt,"\n  query PlatformSources($id: ID!, $first: Int, $after: String, $images: Boolean!) {\n    node(id: $id) {\n      ... on CloudPlatform {\n        ...PlatformFields\n        images(first: $first, after: $after) @include(if: $images) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...SourceFields\n            }\n          }\n        }\n        templates(first: $first, after: $after) @skip(if: $images) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...SourceFields\n            }\n          }\n        }\n        syncRuns(first: 5) {\n          edges {\n            node {\n              ...SyncRunFields\n            }\n          }\n        }\n      }\n    }\n  }\n":Kt,"\n  mutation SetOsInfo($input: SetOsInfoInput!) {\n    setOsInfo(input: $input) {\n      ...SourceFields\n    }\n  }\n":zt,"\n  mutation SetOsCredentials($input: SetOsCredentialsInput!) {\n    setOsCredentials(input: $input) {\n      ...SourceFields\n    }\n  }\n":Ht,"\n  mutation ClearOsCredentials($id: ID!) {\n    clearOsCredentials(id: $id) {\n      ...SourceFields\n    }\n  }\n":Gt,"\n  mutation SetVideoModel($input: SetVideoModelInput!) {\n    setVideoModel(input: $input) {\n      ...SourceFields\n    }\n  }\n":Yt,"\n  mutation SetBootMode($input: SetBootModeInput!) {\n    setBootMode(input: $input) {\n      ...SourceFields\n    }\n  }\n":Qt,"\n  mutation CopyWithBootMode($input: CopyWithBootModeInput!) {\n    copyWithBootMode(input: $input) {\n      ...SourceFields\n    }\n  }\n":Xt,"\n  query Tenants($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n":Zt,"\n  query Users($first: Int, $after: String, $tenantId: ID) {\n    users(first: $first, after: $after, tenantId: $tenantId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          role\n          disabled\n          tenant {\n            id\n            slug\n          }\n        }\n      }\n    }\n  }\n":Jt,"\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n":en,"\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      role\n    }\n  }\n":tn,"\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n":nn,"\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          targetId\n          outcome\n          detail\n          actor {\n            id\n            username\n            tenant {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n":on,"\n  fragment DesktopFields on Desktop {\n    id\n    name\n    externalId\n    removedFromPlatform\n    bootMode\n    loginMode\n    adDomain\n    version\n    createdAt\n    tenant {\n      id\n      slug\n    }\n    owner {\n      id\n      username\n    }\n    platform {\n      id\n      name\n      kind\n    }\n    source {\n      __typename\n      id\n      name\n    }\n    osInfo {\n      osType\n      osDistro\n      osVersion\n      source\n      reportedAt\n    }\n    agent {\n      connected\n      lastReportAt\n      hostname\n      agentVersion\n    }\n    credentials {\n      effectiveSource\n      username\n      hasPassword\n      customSet\n      imageCopyAt\n      stale\n    }\n  }\n":Mt,"\n  query Desktops($first: Int, $after: String, $filter: DesktopFilter) {\n    desktops(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DesktopFields\n        }\n      }\n    }\n  }\n":sn,"\n  query DesktopNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Desktop {\n        ...DesktopFields\n      }\n    }\n  }\n":an,"\n  subscription DesktopEvents($desktopId: ID) {\n    desktopEvents(desktopId: $desktopId) {\n      kind\n      desktopId\n      at\n      desktop {\n        ...DesktopFields\n      }\n    }\n  }\n":rn,"\n  query ConnectionInfo($desktopId: ID!) {\n    connectionInfo(desktopId: $desktopId) {\n      loginMode\n      autoLogin\n      username\n      password\n      adDomain\n    }\n  }\n":dn,"\n  mutation CreateDesktop($input: CreateDesktopInput!) {\n    createDesktop(input: $input) {\n      ...DesktopFields\n    }\n  }\n":ln,"\n  mutation DeleteDesktop($id: ID!) {\n    deleteDesktop(id: $id)\n  }\n":cn,"\n  mutation AssignDesktop($desktopId: ID!, $ownerId: ID) {\n    assignDesktop(desktopId: $desktopId, ownerId: $ownerId) {\n      ...DesktopFields\n    }\n  }\n":un,"\n  mutation SetDesktopCredentials($input: SetDesktopCredentialsInput!) {\n    setDesktopCredentials(input: $input) {\n      ...DesktopFields\n    }\n  }\n":mn,"\n  mutation ClearDesktopCredentials($desktopId: ID!) {\n    clearDesktopCredentials(desktopId: $desktopId) {\n      ...DesktopFields\n    }\n  }\n":pn,"\n  mutation UpdateCredentials($desktopId: ID!) {\n    updateCredentials(desktopId: $desktopId) {\n      ...DesktopFields\n    }\n  }\n":fn,"\n  mutation UpdateCredentialsFromSource($sourceId: ID!, $dryRun: Boolean!) {\n    updateCredentialsFromSource(sourceId: $sourceId, dryRun: $dryRun)\n  }\n":hn};function I(t){return gn[t]??{}}I(`
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
`);const yn=I(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      viewer {
        ...ViewerFields
      }
    }
  }
`),xn=I(`
  mutation Refresh {
    refreshToken {
      token
      expiresAt
      viewer {
        ...ViewerFields
      }
    }
  }
`);I(`
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
`);I(`
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
`);I(`
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
`);const bn=I(`
  query Platforms {
    cloudPlatforms {
      ...PlatformFields
    }
  }
`),jn=I(`
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
`),Sn=I(`
  mutation AddPlatform($input: AddCloudPlatformInput!) {
    addCloudPlatform(input: $input) {
      ...PlatformFields
    }
  }
`),Qe=I(`
  mutation UpdatePlatform($input: UpdateCloudPlatformInput!) {
    updateCloudPlatform(input: $input) {
      ...PlatformFields
    }
  }
`),vn=I(`
  mutation RemovePlatform($id: ID!) {
    removeCloudPlatform(id: $id)
  }
`),kn=I(`
  mutation SyncPlatform($id: ID!) {
    syncCloudPlatform(id: $id) {
      ...SyncRunFields
    }
  }
`),Xe=I(`
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
`);I(`
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
`);const Ze=I(`
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
`),Je=I(`
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
`),et=I(`
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
`),tt=I(`
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
`),In=I(`
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
`),wn=I(`
  mutation SetOsInfo($input: SetOsInfoInput!) {
    setOsInfo(input: $input) {
      ...SourceFields
    }
  }
`),Cn=I(`
  mutation SetOsCredentials($input: SetOsCredentialsInput!) {
    setOsCredentials(input: $input) {
      ...SourceFields
    }
  }
`),Nn=I(`
  mutation ClearOsCredentials($id: ID!) {
    clearOsCredentials(id: $id) {
      ...SourceFields
    }
  }
`),Dn=I(`
  mutation SetVideoModel($input: SetVideoModelInput!) {
    setVideoModel(input: $input) {
      ...SourceFields
    }
  }
`),En=I(`
  mutation SetBootMode($input: SetBootModeInput!) {
    setBootMode(input: $input) {
      ...SourceFields
    }
  }
`),Tn=I(`
  mutation CopyWithBootMode($input: CopyWithBootModeInput!) {
    copyWithBootMode(input: $input) {
      ...SourceFields
    }
  }
`),Mn=I(`
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
`),nt=I(`
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
`),$n=I(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      id
      slug
      name
    }
  }
`),Pn=I(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      role
    }
  }
`),An=I(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      id
      disabled
    }
  }
`),Fn=I(`
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
`);I(`
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
`);const ot=I(`
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
`),st=I(`
  query DesktopNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on Desktop {
        ...DesktopFields
      }
    }
  }
`),On=I(`
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
`),Rn=I(`
  query ConnectionInfo($desktopId: ID!) {
    connectionInfo(desktopId: $desktopId) {
      loginMode
      autoLogin
      username
      password
      adDomain
    }
  }
`),_n=I(`
  mutation CreateDesktop($input: CreateDesktopInput!) {
    createDesktop(input: $input) {
      ...DesktopFields
    }
  }
`),Un=I(`
  mutation DeleteDesktop($id: ID!) {
    deleteDesktop(id: $id)
  }
`),Ln=I(`
  mutation AssignDesktop($desktopId: ID!, $ownerId: ID) {
    assignDesktop(desktopId: $desktopId, ownerId: $ownerId) {
      ...DesktopFields
    }
  }
`),Bn=I(`
  mutation SetDesktopCredentials($input: SetDesktopCredentialsInput!) {
    setDesktopCredentials(input: $input) {
      ...DesktopFields
    }
  }
`),Vn=I(`
  mutation ClearDesktopCredentials($desktopId: ID!) {
    clearDesktopCredentials(desktopId: $desktopId) {
      ...DesktopFields
    }
  }
`),qn=I(`
  mutation UpdateCredentials($desktopId: ID!) {
    updateCredentials(desktopId: $desktopId) {
      ...DesktopFields
    }
  }
`),_e=I(`
  mutation UpdateCredentialsFromSource($sourceId: ID!, $dryRun: Boolean!) {
    updateCredentialsFromSource(sourceId: $sourceId, dryRun: $dryRun)
  }
`),Ce="xspace.session";let le=Wn();const Se=new Set;let ve,ke=null;function Wn(){try{const t=sessionStorage.getItem(Ce);if(!t)return null;const n=JSON.parse(t);return Date.parse(n.expiresAt)>Date.now()?n:null}catch{return null}}function at(){for(const t of Se)t()}function rt(){if(clearTimeout(ve),!le||!ke)return;const t=Date.parse(le.expiresAt)-Date.now(),n=Math.max(1e3,t-Math.min(5*6e4,t/5)),o=ke;ve=setTimeout(()=>{o().catch(()=>Ee())},n)}function Ne(){return le}function De(){return le?.token??null}function it(t){le=t;try{sessionStorage.setItem(Ce,JSON.stringify(t))}catch{}rt(),at()}function Ee(){le=null,clearTimeout(ve);try{sessionStorage.removeItem(Ce)}catch{}at()}function Kn(t){ke=t,rt()}function dt(t){return Se.add(t),()=>Se.delete(t)}class te extends Error{code;constructor(n,o){super(o),this.code=n}}async function K(t,n,o={}){const s=o.anonymous?null:De(),l={"content-type":"application/json"};s&&(l.authorization=`Bearer ${s}`);let a;try{a=await fetch("/graphql",{method:"POST",headers:l,body:JSON.stringify({query:t.toString(),variables:n??{}}),credentials:"omit"})}catch(m){throw new te("NETWORK",m instanceof Error?m.message:String(m))}let r;try{r=await a.json()}catch{throw new te(a.status>=500?"INTERNAL":"NETWORK",`HTTP ${a.status}`)}const d=r.errors?.[0];if(d){const m=d.extensions?.code??"INTERNAL";throw m==="UNAUTHENTICATED"&&s&&Ee(),new te(m,d.message)}if(!r.data)throw new te("INTERNAL",`HTTP ${a.status}`);return r.data}Kn(async()=>{const t=await K(xn);it(t.refreshToken)});const lt={"console.system":"System Console","console.tenant":"Tenant Console","console.user":"My Desktops","nav.label":"Console sections","nav.platforms":"Cloud platforms","nav.systemImages":"System Images","nav.systemTemplates":"System Templates","nav.tenants":"Tenants and users","nav.users":"Users","nav.audit":"Audit log","nav.customImages":"Custom Images","nav.customTemplates":"Custom Templates","nav.desktops":"Desktops","nav.myDesktops":"My Desktops","role.SYSTEM_ADMIN":"System admin","role.TENANT_ADMIN":"Tenant admin","role.TENANT_USER":"User","common.language":"Language","common.skip":"Skip to content","common.signOut":"Sign out","common.loading":"Loading…","common.working":"Working…","common.close":"Close","common.cancel":"Cancel","common.save":"Save","common.saved":"Saved.","common.edit":"Edit","common.remove":"Remove","common.delete":"Delete","common.refresh":"Refresh","common.set":"set","common.notSet":"not set","common.yes":"Yes","common.no":"No","common.empty":"Nothing to show.","common.notFoundTitle":"Not found","common.notFound":"There is no page at this address.","common.objectNotFound":"Not found: it does not exist, or it is not yours to see.","common.forbiddenTitle":"Not available","common.forbidden":"This page is not available to your role.","login.intro":"Sign in to the xspace console.","login.tenant":"Tenant","login.tenantHint":"Leave empty for a system account.","login.username":"Username","login.password":"Password","login.signIn":"Sign in","login.signingIn":"Signing in…","error.UNAUTHENTICATED":"You are not signed in, or the sign-in was refused.","error.FORBIDDEN":"Your role may not do this.","error.NOT_FOUND":"Not found: it does not exist, or it is not yours to see.","error.BAD_USER_INPUT":"Some of what was entered is not valid.","error.CONFLICT":"Someone else changed this in the meantime; reload and try again.","error.BOOT_MODE_MISMATCH":"The desktop's boot mode must equal its source's.","error.VIDEO_MODEL_NOT_VIRTIO":"The source does not use virtio video, which desktops need.","error.BOOT_MODE_NOT_EDITABLE":"This platform cannot change a source's boot mode.","error.VIDEO_MODEL_NOT_EDITABLE":"This platform cannot change a source's video card in place.","error.PLATFORM_UNAVAILABLE":"The cloud platform could not be reached or refused the change.","error.GRAPHQL_PARSE_FAILED":"The console sent a request the server could not read.","error.GRAPHQL_VALIDATION_FAILED":"The console's request does not fit the server's API (is the console up to date?).","error.INTERNAL":"The server failed; the reference below helps the operator find out why.","error.RATE_LIMITED":"Too many attempts; wait a little and try again.","error.NETWORK":"The server could not be reached.","error.UNKNOWN":"Something went wrong ({code}).","error.server":"The server says: {message}","pager.label":"Pages","pager.prev":"Previous page","pager.next":"Next page","pager.page":"Page {page}","pager.total":"{total} in all","filter.search":"Search by name","filter.platform":"Platform","filter.readiness":"Readiness","filter.bootMode":"Boot mode","filter.os":"OS type","filter.any":"Any","filter.includeRemoved":"Include removed","col.name":"Name","col.platform":"Platform","col.bootMode":"Boot mode","col.video":"Video","col.os":"OS","col.systemUser":"System User","col.credentials":"System User / Password","col.systemPassword":"System Password","col.readiness":"Readiness","col.actions":"Actions","ready.yes":"Ready","ready.no":"Not ready","ready.VIDEO_MODEL_NOT_VIRTIO":"Video not virtio","ready.BOOT_MODE_UNKNOWN":"Boot mode unknown","ready.REMOVED_FROM_PLATFORM":"Removed from platform","ready.STATUS_NOT_ACTIVE":"Not active","ready.UEFI_NOT_SUPPORTED":"No UEFI on the platform","sources.introSystem":"Sources operated by the system admins, from every platform. A source is ready for desktops when its video is virtio and its boot mode is known.","sources.introCustom":"Your tenant's own images and templates, from the platform projects mapped to it.","source.editTitle":"Edit {name}","source.editOf":"Edit {name}","source.osType":"OS type","source.osNone":"(not set)","source.osDistro":"OS distro","source.passwordKeep":"Leave empty to keep the stored one","source.needUser":"Enter the System User for this password.","source.needPassword":"To change the System User, enter the System Password too.","source.clearCredentials":"Clear credentials","source.staleCount":"{count} desktop(s) made from this source hold the old credentials.","source.virtio":"Switch video to virtio","source.virtioOf":"Switch video to virtio: {name}","source.boot":"Boot mode","source.bootOf":"Boot mode: {name}","boot.title":"Boot mode of {name}","boot.current":"Current boot mode: {mode}","boot.unknown":"unknown","boot.target":"New boot mode","boot.change":"Change boot mode","boot.changed":"The platform now reports {mode}.","boot.workaround":"Workaround on {platform}: make a copy with the other boot mode (a VM from the source, its boot mode changed, saved as a new image, the VM removed). The copy keeps OS info and credentials.","boot.copyName":"The copy's name","boot.copyVideo":"The copy's video card","boot.keepVideo":"The original's","boot.noCopy":"This platform offers no copy with another boot mode either.","boot.copy":"Copy with boot mode {mode}","boot.copied":"Copy made: {name} ({mode}).","boot.progress":"Progress of the copy","boot.stepStarted":"Started.","boot.stepFinished":"Finished.","boot.stepFailed":"Failed: {message}","boot.stepAdded":"Synced: {name} is in the catalogue.","platform.add":"Add platform","platform.kind":"Kind","platform.endpoint":"Endpoint","platform.availability":"Availability","platform.available":"Reachable","platform.unavailable":"Unreachable","platform.neverSynced":"Never synced","platform.lastSync":"Last sync","platform.capabilities":"Capabilities","platform.sync":"Sync","platform.syncOf":"Sync {name}","platform.syncTitle":"Sync {name}","platform.syncNow":"Sync now","platform.syncing":"Syncing…","platform.editOf":"Edit {name}","platform.editTitle":"Edit {name}","platform.removeOf":"Remove {name}","platform.removeTitle":"Remove {name}?","platform.removeConfirm":"The platform and its catalogue are removed from xspace (nothing on the platform itself). It is refused while desktops live on it.","platform.secret":"Secret","platform.dropSecret":"Remove the stored secret","platform.mapping":"Project → tenant mapping","platform.noMapping":"No project is mapped: every source is a system source.","platform.project":"Project","platform.tenantSlug":"Tenant (slug)","platform.addMapping":"Add a mapping","platform.removeMapping":"Remove the mapping of {project}","platform.saveMapping":"Save mapping","platform.interval":"Seconds between scheduled syncs","platform.onDemand":"On demand only","platform.intervalRange":"The interval is a whole number of seconds from 60 to 604800, or empty.","platform.uefi":"UEFI guests","platform.uefiAsk":"The platform's own answer","platform.uefiYes":"Boots UEFI guests","platform.uefiNo":"No UEFI (UEFI sources are not ready)","platform.placement":"Placement of new desktop VMs","platform.placementNumber":"Virtual CPUs and memory are whole numbers above zero.","platform.placementHint":"Each platform uses the fields it needs (ZStack: zone, cluster, instance offering, network; CloudTower: cluster, CPUs, memory, network, storage policy).","placement.zone":"Zone","placement.cluster":"Cluster","placement.host":"Host","placement.instanceOffering":"Instance offering","placement.network":"Network","placement.cpuCores":"Virtual CPUs","placement.memoryMib":"Memory (MiB)","placement.storagePolicy":"Storage policy","platform.images":"Images on this platform","platform.templates":"Templates on this platform","kind.OPENSTACK":"OpenStack","kind.ZSTACK":"ZSphere","kind.SMARTX":"SmartX","kind.WXSTACK":"WxStack","cap.images":"Images","cap.templates":"Templates","cap.bootEditable":"Boot mode editable","cap.bootFixed":"Boot mode fixed","cap.videoEditable":"Video editable","cap.videoFixed":"Video fixed","cap.copy":"Copy with another boot mode","cap.uefi":"UEFI guests","cap.noUefi":"No UEFI","sync.RUNNING":"Running","sync.SUCCEEDED":"Succeeded","sync.FAILED":"Failed","sync.counts":"+{added} added, {updated} updated, {removed} removed","sync.live":"So far: {added} added, {updated} updated, {removed} removed, {imported} desktops imported.","syncEvent.STARTED":"Started","syncEvent.SOURCE_ADDED":"Added","syncEvent.SOURCE_UPDATED":"Updated","syncEvent.SOURCE_REMOVED":"Removed","syncEvent.DESKTOP_IMPORTED":"Desktop imported","syncEvent.FINISHED":"Finished","syncEvent.FAILED":"Failed","syncEvent.PROGRESS":"Progress","syncEvent.RESYNC":"Events were missed; re-reading","accounts.tenants":"Tenants","accounts.users":"Users","accounts.newTenant":"New tenant","accounts.newUser":"New user","accounts.slug":"Slug","accounts.tenant":"Tenant","accounts.role":"Role","accounts.status":"Status","accounts.enabled":"Enabled","accounts.disabled":"Disabled","accounts.enable":"Enable","accounts.disable":"Disable","accounts.enableOf":"Enable {name}","accounts.disableOf":"Disable {name}","accounts.systemNamespace":"(system)","audit.at":"When","audit.actor":"Who","audit.action":"Operation","audit.target":"Object","audit.outcome":"Outcome","audit.detail":"Detail","audit.service":"(service or agent)","desktops.create":"Create desktop","desktops.select":"Select","desktops.selectOf":"Select {name}","desktops.source":"Source","desktops.owner":"Assigned to","desktops.nobody":"(nobody)","desktops.credentials":"Credentials","desktops.updateCredentials":"Update Credentials","desktops.updateOf":"Update Credentials of {name}","desktops.updateSelected":"Update Credentials of {count} selected","desktops.updatedCount":"Credentials updated on {count} desktop(s).","desktops.staleCount":"{count} stale","desktops.assign":"Assign","desktops.assignOf":"Assign {name}","desktops.assignTitle":"Assign {name}","desktops.customCredentials":"Custom credentials","desktops.credentialsOf":"Custom credentials of {name}","desktops.credentialsTitle":"Custom credentials of {name}","desktops.credentialsIntro":"Custom credentials win over the source's copy and stay when Update Credentials runs.","desktops.adIgnores":"This desktop logs in with AD accounts: stored credentials are not used.","desktops.clearCustom":"Clear custom credentials","desktops.deleteOf":"Delete {name}","desktops.deleteTitle":"Delete {name}?","desktops.deleteConfirm":"The desktop and its VM are deleted.","cred.CUSTOM":"Custom","cred.IMAGE":"From source","cred.NONE":"None","cred.password":"password","cred.stale":"Stale","cred.staleHint":"The source's credentials changed after this copy: use Update Credentials.","create.source":"Source","create.system":"System","create.custom":"Custom","create.adMode":"AD domain","create.pickSource":"Pick a source.","create.pickBootMode":"Pick a boot mode.","create.notReady":"This source is not ready for desktops: {reasons}","create.mismatch":"The source boots {source}; a desktop made from it must boot {source} too, not {mode}.","desktop.fromAgent":"from agent","desktop.preset":"preset","desktop.osUnknown":"OS unknown","desktop.loginMode":"Login","desktop.localMode":"Automatic (local account)","desktop.adMode":"AD domain {domain}","desktop.agent":"Agent","desktop.agentConnected":"Connected","desktop.agentLast":"Last report {at}","desktop.agentNever":"Never reported","desktop.platform":"Platform","desktop.removed":"Removed from its platform","desktop.connection":"Connection details","connection.title":"Connect to {name}","connection.autoLogin":"Automatic login","connection.domain":"Domain","connection.adPassword":"Your own AD password (none is stored).","connection.none":"(none)","connection.show":"Show password","connection.hide":"Hide password","my.none":"No desktop is assigned to you yet."},zn={"console.system":"系统控制台","console.tenant":"租户控制台","console.user":"我的桌面","nav.label":"控制台栏目","nav.platforms":"云平台","nav.systemImages":"系统镜像","nav.systemTemplates":"系统模板","nav.tenants":"租户与用户","nav.users":"用户","nav.audit":"审计日志","nav.customImages":"自定义镜像","nav.customTemplates":"自定义模板","nav.desktops":"桌面","nav.myDesktops":"我的桌面","role.SYSTEM_ADMIN":"系统管理员","role.TENANT_ADMIN":"租户管理员","role.TENANT_USER":"用户","common.language":"语言","common.skip":"跳到正文","common.signOut":"退出登录","common.loading":"加载中…","common.working":"处理中…","common.close":"关闭","common.cancel":"取消","common.save":"保存","common.saved":"已保存。","common.edit":"编辑","common.remove":"移除","common.delete":"删除","common.refresh":"刷新","common.set":"已设置","common.notSet":"未设置","common.yes":"是","common.no":"否","common.empty":"暂无内容。","common.notFoundTitle":"未找到","common.notFound":"此地址没有页面。","common.objectNotFound":"未找到：该对象不存在，或您无权查看。","common.forbiddenTitle":"不可用","common.forbidden":"您的角色无法使用此页面。","login.intro":"登录 xspace 控制台。","login.tenant":"租户","login.tenantHint":"系统账号请留空。","login.username":"用户名","login.password":"密码","login.signIn":"登录","login.signingIn":"正在登录…","error.UNAUTHENTICATED":"您尚未登录，或登录被拒绝。","error.FORBIDDEN":"您的角色无权执行此操作。","error.NOT_FOUND":"未找到：该对象不存在，或您无权查看。","error.BAD_USER_INPUT":"输入的内容有误。","error.CONFLICT":"此对象已被他人修改，请刷新后重试。","error.BOOT_MODE_MISMATCH":"桌面的启动模式必须与其来源一致。","error.VIDEO_MODEL_NOT_VIRTIO":"该来源的显卡不是 virtio，桌面需要 virtio。","error.BOOT_MODE_NOT_EDITABLE":"此平台无法修改来源的启动模式。","error.VIDEO_MODEL_NOT_EDITABLE":"此平台无法直接修改来源的显卡。","error.PLATFORM_UNAVAILABLE":"无法连接云平台，或平台拒绝了此修改。","error.GRAPHQL_PARSE_FAILED":"控制台发送的请求服务器无法解析。","error.GRAPHQL_VALIDATION_FAILED":"控制台的请求与服务器的 API 不符（控制台是否为最新版本？）。","error.INTERNAL":"服务器出错；下方的参考编号可帮助运维人员查明原因。","error.RATE_LIMITED":"尝试次数过多，请稍后再试。","error.NETWORK":"无法连接服务器。","error.UNKNOWN":"出现错误（{code}）。","error.server":"服务器信息：{message}","pager.label":"分页","pager.prev":"上一页","pager.next":"下一页","pager.page":"第 {page} 页","pager.total":"共 {total} 项","filter.search":"按名称搜索","filter.platform":"平台","filter.readiness":"就绪状态","filter.bootMode":"启动模式","filter.os":"操作系统类型","filter.any":"全部","filter.includeRemoved":"包含已移除的","col.name":"名称","col.platform":"平台","col.bootMode":"启动模式","col.video":"显卡","col.os":"操作系统","col.systemUser":"系统用户","col.credentials":"系统用户 / 密码","col.systemPassword":"系统密码","col.readiness":"就绪状态","col.actions":"操作","ready.yes":"就绪","ready.no":"未就绪","ready.VIDEO_MODEL_NOT_VIRTIO":"显卡不是 virtio","ready.BOOT_MODE_UNKNOWN":"启动模式未知","ready.REMOVED_FROM_PLATFORM":"已从平台移除","ready.STATUS_NOT_ACTIVE":"未激活","ready.UEFI_NOT_SUPPORTED":"平台不支持 UEFI","sources.introSystem":"由系统管理员维护的各平台来源。显卡为 virtio 且启动模式已知的来源才能用于创建桌面。","sources.introCustom":"本租户自己的镜像和模板，来自映射到本租户的平台项目。","source.editTitle":"编辑 {name}","source.editOf":"编辑 {name}","source.osType":"操作系统类型","source.osNone":"（未设置）","source.osDistro":"操作系统发行版","source.passwordKeep":"留空则保留已存储的密码","source.needUser":"请为此密码填写系统用户。","source.needPassword":"修改系统用户时，请同时填写系统密码。","source.clearCredentials":"清除凭据","source.staleCount":"由此来源创建的 {count} 个桌面仍保存着旧凭据。","source.virtio":"将显卡切换为 virtio","source.virtioOf":"将显卡切换为 virtio：{name}","source.boot":"启动模式","source.bootOf":"启动模式：{name}","boot.title":"{name} 的启动模式","boot.current":"当前启动模式：{mode}","boot.unknown":"未知","boot.target":"新的启动模式","boot.change":"修改启动模式","boot.changed":"平台现在报告的启动模式为 {mode}。","boot.workaround":"{platform} 上的变通办法：复制一个使用另一种启动模式的副本（由来源创建虚拟机、修改其启动模式、另存为新镜像、删除虚拟机）。副本保留操作系统信息和凭据。","boot.copyName":"副本名称","boot.copyVideo":"副本的显卡","boot.keepVideo":"与原来源相同","boot.noCopy":"此平台也不支持复制为另一启动模式。","boot.copy":"以 {mode} 启动模式复制","boot.copied":"已创建副本：{name}（{mode}）。","boot.progress":"复制进度","boot.stepStarted":"已开始。","boot.stepFinished":"已完成。","boot.stepFailed":"失败：{message}","boot.stepAdded":"已同步：{name} 已加入目录。","platform.add":"添加平台","platform.kind":"类型","platform.endpoint":"接入地址","platform.availability":"可用性","platform.available":"可连接","platform.unavailable":"无法连接","platform.neverSynced":"从未同步","platform.lastSync":"最近同步","platform.capabilities":"能力","platform.sync":"同步","platform.syncOf":"同步 {name}","platform.syncTitle":"同步 {name}","platform.syncNow":"立即同步","platform.syncing":"同步中…","platform.editOf":"编辑 {name}","platform.editTitle":"编辑 {name}","platform.removeOf":"移除 {name}","platform.removeTitle":"移除 {name}？","platform.removeConfirm":"将从 xspace 中移除该平台及其目录（不影响平台本身）。平台上仍有桌面时会被拒绝。","platform.secret":"密钥","platform.dropSecret":"删除已存储的密钥","platform.mapping":"项目 → 租户映射","platform.noMapping":"未映射任何项目：所有来源都是系统来源。","platform.project":"项目","platform.tenantSlug":"租户（标识）","platform.addMapping":"添加映射","platform.removeMapping":"删除 {project} 的映射","platform.saveMapping":"保存映射","platform.interval":"定时同步间隔（秒）","platform.onDemand":"仅按需同步","platform.intervalRange":"间隔须为 60 到 604800 之间的整数秒，或留空。","platform.uefi":"UEFI 虚拟机","platform.uefiAsk":"以平台自身的回答为准","platform.uefiYes":"支持 UEFI 虚拟机","platform.uefiNo":"不支持 UEFI（UEFI 来源未就绪）","platform.placement":"新桌面虚拟机的放置","platform.placementNumber":"虚拟 CPU 数和内存须为大于零的整数。","platform.placementHint":"各平台使用各自需要的字段（ZStack：区域、集群、计算规格、网络；CloudTower：集群、CPU、内存、网络、存储策略）。","placement.zone":"区域","placement.cluster":"集群","placement.host":"主机","placement.instanceOffering":"计算规格","placement.network":"网络","placement.cpuCores":"虚拟 CPU 数","placement.memoryMib":"内存（MiB）","placement.storagePolicy":"存储策略","platform.images":"此平台上的镜像","platform.templates":"此平台上的模板","kind.OPENSTACK":"OpenStack","kind.ZSTACK":"ZSphere","kind.SMARTX":"SmartX","kind.WXSTACK":"WxStack","cap.images":"镜像","cap.templates":"模板","cap.bootEditable":"可修改启动模式","cap.bootFixed":"启动模式不可修改","cap.videoEditable":"可修改显卡","cap.videoFixed":"显卡不可修改","cap.copy":"可复制为另一启动模式","cap.uefi":"支持 UEFI 虚拟机","cap.noUefi":"不支持 UEFI","sync.RUNNING":"进行中","sync.SUCCEEDED":"成功","sync.FAILED":"失败","sync.counts":"新增 {added}，更新 {updated}，移除 {removed}","sync.live":"目前：新增 {added}，更新 {updated}，移除 {removed}，导入桌面 {imported}。","syncEvent.STARTED":"已开始","syncEvent.SOURCE_ADDED":"新增","syncEvent.SOURCE_UPDATED":"更新","syncEvent.SOURCE_REMOVED":"移除","syncEvent.DESKTOP_IMPORTED":"导入桌面","syncEvent.FINISHED":"已完成","syncEvent.FAILED":"失败","syncEvent.PROGRESS":"进度","syncEvent.RESYNC":"有事件遗漏，正在重新读取","accounts.tenants":"租户","accounts.users":"用户","accounts.newTenant":"新建租户","accounts.newUser":"新建用户","accounts.slug":"标识","accounts.tenant":"租户","accounts.role":"角色","accounts.status":"状态","accounts.enabled":"已启用","accounts.disabled":"已停用","accounts.enable":"启用","accounts.disable":"停用","accounts.enableOf":"启用 {name}","accounts.disableOf":"停用 {name}","accounts.systemNamespace":"（系统）","audit.at":"时间","audit.actor":"操作者","audit.action":"操作","audit.target":"对象","audit.outcome":"结果","audit.detail":"详情","audit.service":"（服务或代理）","desktops.create":"创建桌面","desktops.select":"选择","desktops.selectOf":"选择 {name}","desktops.source":"来源","desktops.owner":"分配给","desktops.nobody":"（无人）","desktops.credentials":"凭据","desktops.updateCredentials":"更新凭据","desktops.updateOf":"更新凭据：{name}","desktops.updateSelected":"更新所选 {count} 个桌面的凭据","desktops.updatedCount":"已更新 {count} 个桌面的凭据。","desktops.staleCount":"{count} 个已过期","desktops.assign":"分配","desktops.assignOf":"分配 {name}","desktops.assignTitle":"分配 {name}","desktops.customCredentials":"自定义凭据","desktops.credentialsOf":"{name} 的自定义凭据","desktops.credentialsTitle":"{name} 的自定义凭据","desktops.credentialsIntro":"自定义凭据优先于来源的副本，执行“更新凭据”时保持不变。","desktops.adIgnores":"此桌面使用 AD 账号登录：不使用已存储的凭据。","desktops.clearCustom":"清除自定义凭据","desktops.deleteOf":"删除 {name}","desktops.deleteTitle":"删除 {name}？","desktops.deleteConfirm":"将删除该桌面及其虚拟机。","cred.CUSTOM":"自定义","cred.IMAGE":"来自来源","cred.NONE":"无","cred.password":"密码","cred.stale":"已过期","cred.staleHint":"来源的凭据在复制后已更改：请使用“更新凭据”。","create.source":"来源","create.system":"系统","create.custom":"自定义","create.adMode":"AD 域","create.pickSource":"请选择来源。","create.pickBootMode":"请选择启动模式。","create.notReady":"此来源尚不能用于创建桌面：{reasons}","create.mismatch":"来源的启动模式为 {source}；由它创建的桌面也必须为 {source}，而不是 {mode}。","desktop.fromAgent":"来自代理","desktop.preset":"预设","desktop.osUnknown":"操作系统未知","desktop.loginMode":"登录方式","desktop.localMode":"自动登录（本地账号）","desktop.adMode":"AD 域 {domain}","desktop.agent":"代理","desktop.agentConnected":"已连接","desktop.agentLast":"最近上报 {at}","desktop.agentNever":"从未上报","desktop.platform":"平台","desktop.removed":"已从平台移除","desktop.connection":"连接信息","connection.title":"连接到 {name}","connection.autoLogin":"自动登录","connection.domain":"域","connection.adPassword":"使用您自己的 AD 密码（不存储任何密码）。","connection.none":"（无）","connection.show":"显示密码","connection.hide":"隐藏密码","my.none":"尚未为您分配桌面。"},Hn={en:lt,"zh-CN":zn},ct="xspace.lang";function Gn(){try{const t=localStorage.getItem(ct);if(t==="en"||t==="zh-CN")return t}catch{}return navigator.language?.toLowerCase().startsWith("zh")?"zh-CN":"en"}function Yn(t,n){return n?t.replace(/\{(\w+)\}/g,(o,s)=>s in n?String(n[s]):o):t}const ut=i.createContext(null);function Qn({children:t}){const[n,o]=i.useState(Gn);i.useEffect(()=>{document.documentElement.lang=n},[n]);const s=i.useMemo(()=>{const l=Hn[n];return{lang:n,setLang:a=>{try{localStorage.setItem(ct,a)}catch{}o(a)},t:(a,r)=>Yn(l[a]??lt[a]??a,r),when:a=>new Date(a).toLocaleString(n),time:a=>new Date(a).toLocaleTimeString(n)}},[n]);return e.jsx(ut.Provider,{value:s,children:t})}function oe(){const t=i.useContext(ut);if(!t)throw new Error("useI18n outside I18nProvider");return t}function F(){return oe().t}const Xn=["UNAUTHENTICATED","FORBIDDEN","NOT_FOUND","BAD_USER_INPUT","CONFLICT","BOOT_MODE_MISMATCH","VIDEO_MODEL_NOT_VIRTIO","BOOT_MODE_NOT_EDITABLE","VIDEO_MODEL_NOT_EDITABLE","PLATFORM_UNAVAILABLE","GRAPHQL_PARSE_FAILED","GRAPHQL_VALIDATION_FAILED","INTERNAL","RATE_LIMITED","NETWORK"];function Zn(t,n){if(n instanceof te){const o=Xn.includes(n.code),s=t(o?`error.${n.code}`:"error.UNKNOWN",{code:n.code});return n.message&&n.message!==s?`${s} ${t("error.server",{message:n.message})}`:s}return typeof n=="string"?n:t("error.UNKNOWN",{code:"?"})}function R({error:t}){const n=F();if(!t)return null;const o=t instanceof te?t.code:"CLIENT";return e.jsx("p",{className:"error",role:"alert","data-code":o,children:Zn(n,t)})}function Jn(){const t=F(),[n,o]=i.useState(""),[s,l]=i.useState(""),[a,r]=i.useState(""),[d,m]=i.useState(!1),[f,c]=i.useState(null),S=async h=>{h.preventDefault(),m(!0),c(null);try{const x=await K(yn,{input:{tenant:n.trim()||null,username:s.trim(),password:a}},{anonymous:!0});r(""),it(x.login)}catch(x){c(x)}finally{m(!1)}};return e.jsx("div",{className:"login-page",children:e.jsxs("main",{id:"main",className:"login-card",children:[e.jsx("div",{className:"login-lang",children:e.jsx(kt,{})}),e.jsxs("h1",{children:[e.jsx("span",{className:"logo","aria-hidden":"true",children:"◆"})," ","xspace"]}),e.jsx("p",{className:"muted",children:t("login.intro")}),e.jsxs("form",{onSubmit:S,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:t("login.tenant")}),e.jsx("input",{name:"tenant",value:n,onChange:h=>o(h.target.value),autoComplete:"organization"}),e.jsx("small",{className:"muted",children:t("login.tenantHint")})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:t("login.username")}),e.jsx("input",{name:"username",value:s,onChange:h=>l(h.target.value),autoComplete:"username",required:!0})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:t("login.password")}),e.jsx("input",{name:"password",type:"password",value:a,onChange:h=>r(h.target.value),autoComplete:"current-password",required:!0})]}),e.jsx(R,{error:f}),e.jsx("button",{type:"submit",className:"primary",disabled:d,children:t(d?"login.signingIn":"login.signIn")})]})]})})}function eo(t){return/(?:query|mutation)\s+(\w+)/.exec(t.toString())?.[1]??"anonymous"}function q(t,n,o=!1){const s=JSON.stringify(n),[l,a]=i.useState({data:null,error:null,loading:!o}),[r,d]=i.useState(0),m=i.useRef(0);i.useEffect(()=>{if(o)return;const c=++m.current;a(S=>({...S,loading:!0})),K(t,JSON.parse(s)).then(S=>{performance.mark(`xspace:data:${eo(t)}`),c===m.current&&a({data:S,error:null,loading:!1})},S=>c===m.current&&a(h=>({data:h.data,error:S,loading:!1})))},[t,s,r,o]);const f=i.useCallback(()=>d(c=>c+1),[]);return{...l,reload:f}}function Z(t){const[n,o]=i.useState(!1),[s,l]=i.useState(null);return{run:i.useCallback(async r=>{o(!0),l(null);try{return await K(t,r)}catch(d){return l(d),null}finally{o(!1)}},[t]),busy:n,error:s,setError:l}}function z(t){return t===null?"null":Array.isArray(t)?"array":typeof t}function ee(t){return z(t)==="object"}function to(t){return Array.isArray(t)&&t.length>0&&t.every(n=>"message"in n)}function Ue(t,n){return t.length<124?t:n}const no="graphql-transport-ws";var H=(t=>(t[t.InternalServerError=4500]="InternalServerError",t[t.InternalClientError=4005]="InternalClientError",t[t.BadRequest=4400]="BadRequest",t[t.BadResponse=4004]="BadResponse",t[t.Unauthorized=4401]="Unauthorized",t[t.Forbidden=4403]="Forbidden",t[t.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",t[t.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",t[t.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",t[t.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",t[t.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",t))(H||{}),G=(t=>(t.ConnectionInit="connection_init",t.ConnectionAck="connection_ack",t.Ping="ping",t.Pong="pong",t.Subscribe="subscribe",t.Next="next",t.Error="error",t.Complete="complete",t))(G||{});function mt(t){if(!ee(t))throw new Error(`Message is expected to be an object, but got ${z(t)}`);if(!t.type)throw new Error("Message is missing the 'type' property");if(typeof t.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${z(t.type)}`);switch(t.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(t.payload!=null&&!ee(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${t.payload}"`);break}case"subscribe":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${z(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);if(!ee(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an object, but got ${z(t.payload)}`);if(typeof t.payload.query!="string")throw new Error(`"${t.type}" message payload expects the 'query' property to be a string, but got ${z(t.payload.query)}`);if(t.payload.variables!=null&&!ee(t.payload.variables))throw new Error(`"${t.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${z(t.payload.variables)}`);if(t.payload.operationName!=null&&z(t.payload.operationName)!=="string")throw new Error(`"${t.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${z(t.payload.operationName)}`);if(t.payload.extensions!=null&&!ee(t.payload.extensions))throw new Error(`"${t.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${z(t.payload.extensions)}`);break}case"next":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${z(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);if(!ee(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an object, but got ${z(t.payload)}`);break}case"error":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${z(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);if(!to(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(t.payload)}`);break}case"complete":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${z(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${t.type}"`)}return t}function oo(t,n){return mt(typeof t=="string"?JSON.parse(t,n):t)}function ce(t,n){return mt(t),JSON.stringify(t,n)}function so(t){const{url:n,connectionParams:o,lazy:s=!0,onNonLazyError:l=console.error,lazyCloseTimeout:a=0,keepAlive:r=0,disablePong:d,connectionAckWaitTimeout:m=0,retryAttempts:f=5,retryWait:c=async function(D){const v=Math.pow(2,D);await new Promise($=>setTimeout($,v*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:S=je,on:h,webSocketImpl:x,generateID:y=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,D=>{const v=Math.random()*16|0;return(D=="x"?v:v&3|8).toString(16)})},jsonMessageReplacer:C,jsonMessageReviver:E}=t;let N;if(x){if(!ro(x))throw new Error("Invalid WebSocket implementation provided");N=x}else typeof WebSocket<"u"?N=WebSocket:typeof global<"u"?N=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(N=window.WebSocket||window.MozWebSocket);if(!N)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const M=N,j=(()=>{const w=(()=>{const v={};return{on($,L){return v[$]=L,()=>{delete v[$]}},emit($){"id"in $&&v[$.id]?.($)}}})(),D={connecting:h?.connecting?[h.connecting]:[],opened:h?.opened?[h.opened]:[],connected:h?.connected?[h.connected]:[],ping:h?.ping?[h.ping]:[],pong:h?.pong?[h.pong]:[],message:h?.message?[w.emit,h.message]:[w.emit],closed:h?.closed?[h.closed]:[],error:h?.error?[h.error]:[]};return{onMessage:w.on,on(v,$){const L=D[v];return L.push($),()=>{const g=L.indexOf($);g>-1&&L.splice(g,1)}},emit(v,...$){for(const L of[...D[v]])L(...$)}}})();function U(w){const D=[j.on("error",v=>{D.forEach($=>$()),w(v)}),j.on("closed",v=>{D.forEach($=>$()),w(v)})];return()=>D.forEach(v=>v())}let P,_=0,B,b=!1,p=0,u=!1;async function O(){clearTimeout(B);const[w,D]=await(P??(P=new Promise((L,g)=>(async()=>{if(b){if(await c(p),!_)return P=void 0,g({code:1e3,reason:"All Subscriptions Gone"});p++}j.emit("connecting",b);const T=new M(typeof n=="function"?await n():n,no);let Q,se;function pe(){isFinite(r)&&r>0&&(clearTimeout(se),se=setTimeout(()=>{T.readyState===M.OPEN&&(T.send(ce({type:G.Ping})),j.emit("ping",!1,void 0))},r))}U(W=>{P=void 0,clearTimeout(Q),clearTimeout(se),g(W),W instanceof Le&&(T.close(4499,"Terminated"),T.onerror=null,T.onclose=null)}),T.onerror=W=>j.emit("error",W),T.onclose=W=>j.emit("closed",W),T.onopen=async()=>{try{j.emit("opened",T);const W=typeof o=="function"?await o():o;if(T.readyState!==M.OPEN)return;T.send(ce(W?{type:G.ConnectionInit,payload:W}:{type:G.ConnectionInit},C)),isFinite(m)&&m>0&&(Q=setTimeout(()=>{T.close(H.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},m)),pe()}catch(W){j.emit("error",W),T.close(H.InternalClientError,Ue(W instanceof Error?W.message:String(W),"Internal client error"))}};let ae=!1;T.onmessage=({data:W})=>{try{const V=oo(W,E);if(j.emit("message",V),V.type==="ping"||V.type==="pong"){j.emit(V.type,!0,V.payload),V.type==="pong"?pe():d||(T.send(ce(V.payload?{type:G.Pong,payload:V.payload}:{type:G.Pong},C)),j.emit("pong",!1,V.payload));return}if(ae)return;if(V.type!==G.ConnectionAck)throw new Error(`First message cannot be of type ${V.type}`);clearTimeout(Q),ae=!0,j.emit("connected",T,V.payload,b),b=!1,p=0;const Re=new Promise((zo,It)=>U(It));Re.catch(()=>{}),L([T,Re])}catch(V){T.onmessage=null,j.emit("error",V),T.close(H.BadResponse,Ue(V instanceof Error?V.message:String(V),"Bad response"))}}})())));w.readyState===M.CLOSING&&await D;let v=()=>{};const $=new Promise(L=>v=L);return[w,v,new Promise((L,g)=>{const T=U(g);w.readyState!==M.OPEN&&D.catch(g),$.then(()=>{if(T(),!_){const Q=()=>w.close(1e3,"Normal Closure");isFinite(a)&&a>0?(clearTimeout(B),B=setTimeout(()=>{!_&&w.readyState===M.OPEN&&Q()},a)):Q()}L()})})]}function A(w){if(je(w)&&(ao(w.code)||[H.InternalServerError,H.InternalClientError,H.BadRequest,H.BadResponse,H.Unauthorized,H.SubprotocolNotAcceptable,H.SubscriberAlreadyExists,H.TooManyInitialisationRequests].includes(w.code)))throw w;if(u)return!1;if(je(w)&&w.code===1e3)return _>0;if(!f||p>=f||!S(w))throw w;return b=!0}s||(async()=>{for(_++;;)try{const[,,w]=await O();await w}catch(w){try{if(!A(w))return}catch(D){return l?.(D)}}})();function X(w,D){const v=y(w);let $=!1,L=!1,g=()=>{_--,$=!0};return(async()=>{for(_++;;)try{const[T,Q,se]=await O();if($)return se.catch(()=>{}),Q();const pe=j.onMessage(v,ae=>{switch(ae.type){case G.Next:{D.next(ae.payload);return}case G.Error:{L=!0,$=!0,D.error(ae.payload),g();return}case G.Complete:{$=!0,g();return}}});T.send(ce({id:v,type:G.Subscribe,payload:w},C)),g=()=>{!$&&T.readyState===M.OPEN&&T.send(ce({id:v,type:G.Complete},C)),_--,$=!0,Q()},await se.finally(pe);return}catch(T){if(!A(T))return}})().then(()=>{L||D.complete()}).catch(T=>{D.error(T)}),()=>{$||g()}}return{on:j.on,subscribe:X,iterate(w){const D=[],v={done:!1,error:null,resolve:()=>{}},$=X(w,{next(g){D.push(g),v.resolve()},error(g){v.done=!0,v.error=g,v.resolve()},complete(){v.done=!0,v.resolve()}}),L=(async function*(){for(;;){for(D.length||await new Promise(T=>v.resolve=T);D.length;)yield D.shift();if(v.error)throw v.error;if(v.done)return}})();return L.throw=async g=>(v.done||(v.done=!0,v.error=g,v.resolve()),{done:!0,value:void 0}),L.return=async()=>($(),{done:!0,value:void 0}),L},async dispose(){if(u=!0,P){const[w]=await P;w.close(1e3,"Normal Closure")}},terminate(){P&&j.emit("closed",new Le)}}}class Le extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function je(t){return ee(t)&&"code"in t&&"reason"in t}function ao(t){return[1e3,1001,1006,1005,1012,1013,1014].includes(t)?!1:t>=1e3&&t<=1999}function ro(t){return typeof t=="function"&&"constructor"in t&&"CLOSED"in t&&"CLOSING"in t&&"CONNECTING"in t&&"OPEN"in t}let de=null,he=!1,Be=Ne()?.viewer.id??null;const Ie=new Set,ne=new Set;function io(){const{protocol:t,host:n}=window.location;return`${t==="https:"?"wss":"ws"}://${n}/graphql`}function lo(){return de||(de=so({url:io(),connectionParams:()=>({token:De()}),lazy:!0,lazyCloseTimeout:3e3,keepAlive:1e4,retryAttempts:Number.POSITIVE_INFINITY,shouldRetry:()=>!0,retryWait:async t=>{await new Promise(n=>setTimeout(n,Math.min(8e3,500*2**t)))},on:{connected:(t,n,o)=>{he=!0;for(const s of Ie)s();if(Ie.clear(),o)for(const s of ne)s.onResync()},closed:()=>{he=!1}}}),de)}function Te(t){t.stop=lo().subscribe({query:t.query,variables:t.variables},{next:n=>{n.data&&t.onData(n.data),n.errors?.length&&t.onError?.(n.errors[0].message)},error:n=>{if(Array.isArray(n)){t.onError?.(String(n[0]?.message??"subscription refused"));return}ne.has(t)&&(clearTimeout(t.retry),t.retry=setTimeout(()=>{!ne.has(t)||!De()||(Te(t),t.onResync())},2e3))},complete:()=>{}})}dt(()=>{const t=Ne()?.viewer.id??null,n=t!==null&&t===Be;Be=t;const o=de;if(de=null,he=!1,n)for(const s of ne)s.stop?.(),Te(s),s.onResync();else for(const s of ne)s.stop?.();o&&o.dispose()});function Me(t,n,o,s,l){const a={query:t.toString(),variables:n,onData:o,onResync:s,onError:l};return ne.add(a),Te(a),()=>{ne.delete(a),clearTimeout(a.retry),a.stop?.()}}function pt(){const t=()=>new Promise(n=>setTimeout(n,300));return he?t():new Promise(n=>Ie.add(n)).then(t)}function ye(t,n,o,s=null){const[l,a]=i.useState([]),[r,d]=i.useState(0);return i.useEffect(()=>{t&&a(t)},[t]),i.useEffect(()=>Me(On,{desktopId:s},m=>{const f=m.desktopEvents;if(d(S=>S+1),f.kind==="RESYNC"){n();return}const c=f.desktop;a(S=>{if(f.kind==="DELETED"||!c)return S.filter(y=>y.id!==f.desktopId);const h=S.findIndex(y=>y.id===c.id);if(h<0)return o?[...S,c].sort((y,C)=>y.name.localeCompare(C.name)):S;const x=S.slice();return x[h]=c,x})},n),[n,o,s]),[l,r]}const we="xspace:navigate";function co(t){return window.addEventListener("popstate",t),window.addEventListener(we,t),()=>{window.removeEventListener("popstate",t),window.removeEventListener(we,t)}}function uo(){return i.useSyncExternalStore(co,()=>window.location.pathname)}function $e(t,n=!1){n?window.history.replaceState(null,"",t):window.history.pushState(null,"",t),window.dispatchEvent(new Event(we))}function mo(t,n){const o=t.split("/"),s=n.replace(/\/+$/,"").split("/");if(o.length!==s.length)return null;const l={};for(let a=0;a<o.length;a++)if(o[a].startsWith(":"))l[o[a].slice(1)]=decodeURIComponent(s[a]);else if(o[a]!==s[a])return null;return l}function J(t){const{to:n,onClick:o,...s}=t,l=a=>{o?.(a),!(a.defaultPrevented||a.button!==0||a.metaKey||a.ctrlKey||a.shiftKey||a.altKey)&&(a.preventDefault(),$e(n))};return e.jsx("a",{href:n,onClick:l,...s})}function xe(t,n){const o=(n??"").toLowerCase(),s=(t??"").toLowerCase();if(s==="windows"||o.startsWith("win"))return"windows";for(const l of["ubuntu","centos","uos","kylin","debian"])if(o.includes(l))return l;return o.includes("deepin")?"uos":s==="linux"||o?"linux":"unknown"}const be={windows:"Windows",ubuntu:"Ubuntu",centos:"CentOS",uos:"UOS",kylin:"Kylin",debian:"Debian",linux:"Linux",unknown:"?"},po={windows:e.jsxs("g",{fill:"#1677c9",children:[e.jsx("rect",{x:"3",y:"3",width:"8.5",height:"8.5",rx:"0.6"}),e.jsx("rect",{x:"12.5",y:"3",width:"8.5",height:"8.5",rx:"0.6"}),e.jsx("rect",{x:"3",y:"12.5",width:"8.5",height:"8.5",rx:"0.6"}),e.jsx("rect",{x:"12.5",y:"12.5",width:"8.5",height:"8.5",rx:"0.6"})]}),ubuntu:e.jsxs("g",{children:[e.jsx("circle",{cx:"12",cy:"12",r:"10",fill:"#e95420"}),e.jsx("circle",{cx:"12",cy:"12",r:"4.6",fill:"none",stroke:"#fff",strokeWidth:"1.8"}),e.jsx("circle",{cx:"6.2",cy:"12",r:"1.9",fill:"#fff"}),e.jsx("circle",{cx:"14.9",cy:"7",r:"1.9",fill:"#fff"}),e.jsx("circle",{cx:"14.9",cy:"17",r:"1.9",fill:"#fff"})]}),centos:e.jsxs("g",{transform:"rotate(45 12 12)",children:[e.jsx("rect",{x:"4",y:"4",width:"7.4",height:"7.4",fill:"#9ccd2a"}),e.jsx("rect",{x:"12.6",y:"4",width:"7.4",height:"7.4",fill:"#932279"}),e.jsx("rect",{x:"4",y:"12.6",width:"7.4",height:"7.4",fill:"#efa724"}),e.jsx("rect",{x:"12.6",y:"12.6",width:"7.4",height:"7.4",fill:"#262577"})]}),uos:e.jsxs("g",{children:[e.jsx("rect",{x:"2",y:"2",width:"20",height:"20",rx:"5",fill:"#0081ff"}),e.jsx("path",{d:"M7.5 6.5v6.2a4.5 4.5 0 0 0 9 0V6.5",fill:"none",stroke:"#fff",strokeWidth:"2.4",strokeLinecap:"round"})]}),kylin:e.jsxs("g",{children:[e.jsx("circle",{cx:"12",cy:"12",r:"10",fill:"#c8102e"}),e.jsx("path",{d:"M8.5 6.5v11M8.5 12.5l6.5-6M10.6 10.6l5 6.9",fill:"none",stroke:"#fff",strokeWidth:"2.2",strokeLinecap:"round"})]}),debian:e.jsx("path",{d:"M13.6 12.3a1.9 1.9 0 1 1-2.3-2.6 4 4 0 0 1 4.8 3.3 5.6 5.6 0 0 1-5.3 6.2 7.4 7.4 0 0 1-7.2-7.6A8 8 0 0 1 12 3.6",fill:"none",stroke:"#d70a53",strokeWidth:"2.3",strokeLinecap:"round"}),linux:e.jsxs("g",{children:[e.jsx("ellipse",{cx:"12",cy:"13",rx:"6.5",ry:"8.5",fill:"#222"}),e.jsx("ellipse",{cx:"12",cy:"15",rx:"4.2",ry:"5.6",fill:"#fff"}),e.jsx("circle",{cx:"10",cy:"8",r:"1.1",fill:"#fff"}),e.jsx("circle",{cx:"14",cy:"8",r:"1.1",fill:"#fff"}),e.jsx("path",{d:"M10.3 10.2h3.4L12 11.8z",fill:"#f4b400"}),e.jsx("ellipse",{cx:"8",cy:"21",rx:"2.6",ry:"1.2",fill:"#f4b400"}),e.jsx("ellipse",{cx:"16",cy:"21",rx:"2.6",ry:"1.2",fill:"#f4b400"})]}),unknown:e.jsxs("g",{fill:"none",stroke:"#5b6472",strokeWidth:"1.8",strokeLinejoin:"round",children:[e.jsx("rect",{x:"3",y:"4",width:"18",height:"12",rx:"1.5"}),e.jsx("path",{d:"M9 20h6M12 16v4",strokeLinecap:"round"})]})};function Pe({os:t,size:n=40,label:o}){return e.jsx("svg",{className:"os-icon","data-os":t,width:n,height:n,viewBox:"0 0 24 24",role:"img","aria-label":o,children:po[t]})}const Ve='a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';function Y(t){const n=i.useRef(null),o=i.useId(),s=F();i.useEffect(()=>{const a=document.activeElement,r=n.current;return r&&!r.open&&r.showModal(),(r?.querySelector("[data-autofocus]")??r?.querySelector(Ve))?.focus(),()=>{a?.focus?.()}},[]);const l=a=>{if(a.key!=="Tab"||!n.current)return;const r=Array.from(n.current.querySelectorAll(Ve));if(r.length===0)return;const d=r[0],m=r[r.length-1];a.shiftKey&&document.activeElement===d?(a.preventDefault(),m.focus()):!a.shiftKey&&document.activeElement===m&&(a.preventDefault(),d.focus())};return e.jsxs("dialog",{ref:n,className:t.wide?"dialog wide":"dialog","aria-labelledby":o,onKeyDown:l,onCancel:a=>{a.preventDefault(),t.onClose()},children:[e.jsxs("div",{className:"dialog-head",children:[e.jsx("h2",{id:o,children:t.title}),e.jsx("button",{type:"button",className:"icon-button","aria-label":s("common.close"),onClick:t.onClose,children:"×"})]}),t.children]})}function fo({desktop:t,onClose:n}){const o=F(),s=q(Rn,{desktopId:t.id}),[l,a]=i.useState(!1),r=s.data?.connectionInfo;return e.jsxs(Y,{title:o("connection.title",{name:t.name}),onClose:n,children:[s.loading&&!r&&e.jsx("p",{"aria-live":"polite",children:o("common.loading")}),e.jsx(R,{error:s.error}),r&&e.jsxs("dl",{className:"facts connection","data-testid":"connection",children:[e.jsx("dt",{children:o("desktop.loginMode")}),e.jsx("dd",{children:r.loginMode==="AD_DOMAIN"?o("desktop.adMode",{domain:r.adDomain??""}):o("desktop.localMode")}),e.jsx("dt",{children:o("connection.autoLogin")}),e.jsx("dd",{children:r.autoLogin?o("common.yes"):o("common.no")}),r.loginMode==="AD_DOMAIN"?e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:o("connection.domain")}),e.jsx("dd",{"data-testid":"ad-domain",children:r.adDomain}),e.jsx("dt",{children:o("login.password")}),e.jsx("dd",{"data-testid":"no-password",children:o("connection.adPassword")})]}):e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:o("login.username")}),e.jsx("dd",{"data-testid":"conn-username",children:r.username??o("connection.none")}),e.jsx("dt",{children:o("login.password")}),e.jsxs("dd",{children:[r.password==null?e.jsx("span",{"data-testid":"no-password",children:o("connection.none")}):l?e.jsx("code",{"data-testid":"conn-password",children:r.password}):e.jsx("span",{children:"••••••••"})," ",r.password!=null&&e.jsx("button",{type:"button",className:"link-button","aria-pressed":l,onClick:()=>a(d=>!d),children:o(l?"connection.hide":"connection.show")})]})]})]}),e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",onClick:n,children:o("common.close")})})]})}function Ae(t){const n=xe(t.osType,t.osDistro);return[n==="unknown"?"":be[n],t.osDistro&&n==="windows"?t.osDistro:"",t.osVersion??""].filter(Boolean).join(" ")}function ft({d:t,linked:n=!0}){const{t:o,when:s}=oe(),[l,a]=i.useState(!1),r=xe(t.osInfo.osType,t.osInfo.osDistro),d=t.osInfo.source==="AGENT"?o("desktop.fromAgent"):t.osInfo.source==="PRESET"?o("desktop.preset"):o("desktop.osUnknown");return e.jsxs("article",{className:"card desktop-card","data-desktop":t.name,"aria-labelledby":`d-${t.id}`,children:[e.jsxs("div",{className:"card-head",children:[e.jsx(Pe,{os:r,label:r==="unknown"?o("desktop.osUnknown"):be[r]}),e.jsxs("div",{children:[e.jsx("h2",{id:`d-${t.id}`,className:"card-title",children:n?e.jsx(J,{to:`/my/desktops/${encodeURIComponent(t.id)}`,children:t.name}):t.name}),e.jsxs("p",{className:"muted os-line",children:[Ae(t.osInfo)||o("desktop.osUnknown")," · ",e.jsx("span",{className:`origin origin-${t.osInfo.source.toLowerCase()}`,children:d})]})]})]}),e.jsxs("dl",{className:"facts",children:[e.jsx("dt",{children:o("desktop.loginMode")}),e.jsx("dd",{children:t.loginMode==="AD_DOMAIN"?o("desktop.adMode",{domain:t.adDomain??""}):o("desktop.localMode")}),e.jsx("dt",{children:o("desktop.agent")}),e.jsx("dd",{children:t.agent.connected?e.jsx("span",{className:"badge ok",children:o("desktop.agentConnected")}):t.agent.lastReportAt?o("desktop.agentLast",{at:s(t.agent.lastReportAt)}):o("desktop.agentNever")}),e.jsx("dt",{children:o("desktop.platform")}),e.jsx("dd",{children:t.platform.name})]}),t.removedFromPlatform&&e.jsx("p",{className:"badge warn",children:o("desktop.removed")}),e.jsx("button",{type:"button",className:"primary",onClick:()=>a(!0),children:o("desktop.connection")}),l&&e.jsx(fo,{desktop:t,onClose:()=>a(!1)})]})}function ho(){const t=F(),n=q(ot,{first:100}),o=i.useMemo(()=>n.data?.desktops.edges.map(l=>l.node),[n.data]),[s]=ye(o,n.reload,!0);return e.jsxs("section",{children:[e.jsx("h1",{children:t("nav.myDesktops")}),e.jsx(R,{error:n.error}),n.loading&&!n.data&&e.jsx("p",{"aria-live":"polite",children:t("common.loading")}),n.data&&s.length===0&&e.jsx("p",{children:t("my.none")}),e.jsx("div",{className:"cards",children:s.map(l=>e.jsx(ft,{d:l},l.id))})]})}function go({id:t}){const n=F(),o=q(st,{id:t}),s=o.data?.node,l=i.useMemo(()=>s&&s.__typename==="Desktop"?[s]:o.data?[]:void 0,[s,o.data]),[a]=ye(l,o.reload,!1,t);return e.jsxs("section",{children:[e.jsx("p",{children:e.jsxs(J,{to:"/my/desktops",children:["← ",n("nav.myDesktops")]})}),e.jsx(R,{error:o.error}),o.data&&a.length===0&&e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n("common.notFoundTitle")}),e.jsx("p",{"data-testid":"not-found",children:n("common.objectNotFound")})]}),a[0]&&e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:a[0].name}),e.jsx("div",{className:"cards",children:e.jsx(ft,{d:a[0],linked:!1})})]})]})}function ht({value:t,onChange:n}){const o=F(),s=(l,a)=>n(t.map((r,d)=>d===l?{...r,...a}:r));return e.jsxs("fieldset",{className:"mapping",children:[e.jsx("legend",{children:o("platform.mapping")}),t.length===0&&e.jsx("p",{className:"muted small",children:o("platform.noMapping")}),t.map((l,a)=>e.jsxs("div",{className:"mapping-row",children:[e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:o("platform.project")}),e.jsx("input",{value:l.project,onChange:r=>s(a,{project:r.target.value})})]}),e.jsx("span",{"aria-hidden":"true",children:"→"}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:o("platform.tenantSlug")}),e.jsx("input",{value:l.tenant,onChange:r=>s(a,{tenant:r.target.value})})]}),e.jsx("button",{type:"button",onClick:()=>n(t.filter((r,d)=>d!==a)),"aria-label":o("platform.removeMapping",{project:l.project||String(a+1)}),children:"×"})]},a)),e.jsx("button",{type:"button",onClick:()=>n([...t,{project:"",tenant:""}]),children:o("platform.addMapping")})]})}const yo=["OPENSTACK","ZSTACK","SMARTX","WXSTACK"],Fe=["zone","cluster","host","instanceOffering","network","storagePolicy"],ge=["cpuCores","memoryMib"];function xo(t){const n={};for(const o of[...Fe,...ge])n[o]=t?.[o]!=null?String(t[o]):"";return n}function bo(t){const n={};let o=!1;for(const s of Fe)t[s].trim()&&(n[s]=t[s].trim(),o=!0);for(const s of ge)if(t[s].trim()){const l=Number(t[s]);if(!Number.isInteger(l)||l<=0)throw new Error(s);n[s]=l,o=!0}return o?n:null}function jo(t){const n=F(),o=t.platform,[s,l]=i.useState(o?.name??""),[a,r]=i.useState(o?.kind??"OPENSTACK"),[d,m]=i.useState(o?.endpoint??""),[f,c]=i.useState(""),[S,h]=i.useState(!1),[x,y]=i.useState(o?.projectTenants?.map(u=>({...u}))??[]),[C,E]=i.useState(o?.syncIntervalSeconds!=null?String(o.syncIntervalSeconds):""),[N,M]=i.useState(o?.uefiSetting==null?"":String(o.uefiSetting)),[j,U]=i.useState(xo(o?.placement)),[P,_]=i.useState(!1),[B,b]=i.useState(null),p=async u=>{u.preventDefault(),b(null);const O=C.trim()===""?null:Number(C);if(O!=null&&(!Number.isInteger(O)||O<60||O>604800))return b(n("platform.intervalRange"));let A;try{A=bo(j)}catch{return b(n("platform.placementNumber"))}const X=N===""?null:N==="true",w=x.map(D=>({project:D.project.trim(),tenant:D.tenant.trim(),placement:D.placement??null})).filter(D=>D.project||D.tenant);_(!0);try{o?await K(Qe,{input:{id:o.id,name:s.trim(),endpoint:d.trim(),...S?{secret:""}:f?{secret:f}:{},projectTenants:w,syncIntervalSeconds:O,placement:A,uefi:X}}):await K(Sn,{input:{name:s.trim(),kind:a,endpoint:d.trim(),secret:f||null,projectTenants:w,syncIntervalSeconds:O,placement:A,uefi:X}}),c(""),t.onSaved()}catch(D){b(D)}finally{_(!1)}};return e.jsx(Y,{title:o?n("platform.editTitle",{name:o.name}):n("platform.add"),onClose:t.onClose,wide:!0,children:e.jsxs("form",{onSubmit:p,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("col.name")}),e.jsx("input",{value:s,onChange:u=>l(u.target.value),required:!0,"data-autofocus":!0})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("platform.kind")}),e.jsx("select",{value:a,onChange:u=>r(u.target.value),disabled:!!o,children:yo.map(u=>e.jsx("option",{value:u,children:n(`kind.${u}`)},u))})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("platform.endpoint")}),e.jsx("input",{value:d,onChange:u=>m(u.target.value),required:!0,placeholder:"https://… | sim://name?images=10"})]}),e.jsxs("label",{className:"field",children:[e.jsxs("span",{children:[n("platform.secret")," ",o&&e.jsx("span",{className:"badge","data-testid":"secret-state",children:o.hasSecret?n("common.set"):n("common.notSet")})]}),e.jsx("input",{type:"password",value:f,onChange:u=>c(u.target.value),autoComplete:"new-password",disabled:S,placeholder:o?.hasSecret?n("source.passwordKeep"):""})]}),o?.hasSecret&&e.jsxs("label",{className:"check",children:[e.jsx("input",{type:"checkbox",checked:S,onChange:u=>h(u.target.checked)}),e.jsx("span",{children:n("platform.dropSecret")})]}),e.jsx(ht,{value:x,onChange:y}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("platform.interval")}),e.jsx("input",{inputMode:"numeric",value:C,onChange:u=>E(u.target.value),placeholder:n("platform.onDemand")})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("platform.uefi")}),e.jsxs("select",{value:N,onChange:u=>M(u.target.value),children:[e.jsx("option",{value:"",children:n("platform.uefiAsk")}),e.jsx("option",{value:"true",children:n("platform.uefiYes")}),e.jsx("option",{value:"false",children:n("platform.uefiNo")})]})]}),e.jsxs("fieldset",{className:"placement",children:[e.jsx("legend",{children:n("platform.placement")}),e.jsx("p",{className:"muted small",children:n("platform.placementHint")}),e.jsx("div",{className:"placement-grid",children:[...Fe,...ge].map(u=>e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n(`placement.${u}`)}),e.jsx("input",{value:j[u],inputMode:ge.includes(u)?"numeric":void 0,onChange:O=>U(A=>({...A,[u]:O.target.value}))})]},u))})]}),e.jsx(R,{error:B}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:P,children:n("common.save")})]})]})})}function Oe({run:t}){const{t:n,when:o}=oe();if(!t)return e.jsx("span",{className:"muted",children:n("platform.neverSynced")});const s=t.status==="SUCCEEDED"?"ok":t.status==="FAILED"?"bad":"";return e.jsxs("span",{children:[e.jsx("span",{className:`badge ${s}`,children:n(`sync.${t.status}`)})," ",e.jsx("time",{dateTime:t.finishedAt??t.startedAt,children:o(t.finishedAt??t.startedAt)}),e.jsxs("div",{className:"muted small",children:[n("sync.counts",{added:t.added,updated:t.updated,removed:t.removed}),t.error&&` · ${t.error}`]})]})}function gt({c:t}){const n=F();return e.jsxs("ul",{className:"caps",children:[e.jsx("li",{children:t.resourceModel==="IMAGES"?n("cap.images"):n("cap.templates")}),e.jsx("li",{className:t.bootModeEditable?"":"muted",children:t.bootModeEditable?n("cap.bootEditable"):n("cap.bootFixed")}),e.jsx("li",{className:t.videoModelEditable?"":"muted",children:t.videoModelEditable?n("cap.videoEditable"):n("cap.videoFixed")}),t.bootModeCopy&&e.jsx("li",{children:n("cap.copy")}),e.jsx("li",{className:t.uefi?"":"muted",children:t.uefi?n("cap.uefi"):n("cap.noUefi")})]})}function yt({platform:t,onDone:n}){const o=F(),[s,l]=i.useState({added:0,updated:0,removed:0,imported:0}),[a,r]=i.useState([]),[d,m]=i.useState(null),[f,c]=i.useState(!1),[S,h]=i.useState(null),x=i.useRef(null);i.useEffect(()=>()=>x.current?.(),[]);const y=async()=>{c(!0),h(null),m(null),r([]),l({added:0,updated:0,removed:0,imported:0}),x.current?.(),x.current=Me(Xe,{platformId:t.id},C=>{const E=C.syncEvents;m(E.run),l(M=>({added:M.added+(E.kind==="SOURCE_ADDED"?1:0),updated:M.updated+(E.kind==="SOURCE_UPDATED"?1:0),removed:M.removed+(E.kind==="SOURCE_REMOVED"?1:0),imported:M.imported+(E.kind==="DESKTOP_IMPORTED"?1:0)}));const N=E.message??(E.source?`${o(`syncEvent.${E.kind}`)}: ${E.source.name}`:o(`syncEvent.${E.kind}`));r(M=>[...M.slice(-7),N])},()=>{});try{await pt();const C=await K(kn,{id:t.id});m(C.syncCloudPlatform),n()}catch(C){h(C)}finally{c(!1)}};return e.jsxs("div",{className:"sync-panel",children:[e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",className:"primary",onClick:()=>{y()},disabled:f,"data-autofocus":!0,children:o(f?"platform.syncing":"platform.syncNow")})}),e.jsx("p",{"aria-live":"polite","data-testid":"sync-live",children:f||d?o("sync.live",s):""}),a.length>0&&e.jsx("ul",{className:"steps small",children:a.map((C,E)=>e.jsx("li",{children:C},E))}),e.jsx(R,{error:S}),d&&!f&&e.jsxs("div",{role:"status","data-testid":"sync-result","data-status":d.status,children:[e.jsx(Oe,{run:d}),d.notes.length>0&&e.jsx("ul",{className:"small",children:d.notes.map((C,E)=>e.jsx("li",{children:C},E))})]})]})}function So(){const t=F(),n=q(bn,{}),[o,s]=i.useState(null),[l,a]=i.useState(null),[r,d]=i.useState(null),m=Z(vn),f=n.data?.cloudPlatforms??[];return e.jsxs("section",{children:[e.jsxs("div",{className:"page-head",children:[e.jsx("h1",{children:t("nav.platforms")}),e.jsx("button",{type:"button",className:"primary",onClick:()=>s("new"),children:t("platform.add")})]}),e.jsx(R,{error:n.error}),e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:t("nav.platforms")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t("col.name")}),e.jsx("th",{scope:"col",children:t("platform.kind")}),e.jsx("th",{scope:"col",children:t("platform.endpoint")}),e.jsx("th",{scope:"col",children:t("platform.availability")}),e.jsx("th",{scope:"col",children:t("platform.lastSync")}),e.jsx("th",{scope:"col",children:t("platform.capabilities")}),e.jsx("th",{scope:"col",children:t("col.actions")})]})}),e.jsx("tbody",{children:f.map(c=>e.jsxs("tr",{"data-platform":c.name,children:[e.jsx("th",{scope:"row",children:e.jsx(J,{to:`/system/platforms/${encodeURIComponent(c.id)}`,children:c.name})}),e.jsx("td",{children:t(`kind.${c.kind}`)}),e.jsx("td",{className:"mono small",children:c.endpoint}),e.jsx("td",{children:c.available==null?e.jsx("span",{className:"badge",children:t("platform.neverSynced")}):c.available?e.jsx("span",{className:"badge ok",children:t("platform.available")}):e.jsx("span",{className:"badge bad",children:t("platform.unavailable")})}),e.jsx("td",{children:e.jsx(Oe,{run:c.lastSync})}),e.jsx("td",{children:e.jsx(gt,{c:c.capabilities})}),e.jsx("td",{children:e.jsxs("div",{className:"row-actions",children:[e.jsx("button",{type:"button",onClick:()=>d(c),"aria-label":t("platform.syncOf",{name:c.name}),children:t("platform.sync")}),e.jsx("button",{type:"button",onClick:()=>s(c),"aria-label":t("platform.editOf",{name:c.name}),children:t("common.edit")}),e.jsx("button",{type:"button",className:"danger",onClick:()=>a(c),"aria-label":t("platform.removeOf",{name:c.name}),children:t("common.remove")})]})})]},c.id))})]})}),o&&e.jsx(jo,{platform:o==="new"?null:o,onClose:()=>s(null),onSaved:()=>{s(null),n.reload()}}),r&&e.jsx(Y,{title:t("platform.syncTitle",{name:r.name}),onClose:()=>d(null),wide:!0,children:e.jsx(yt,{platform:r,onDone:n.reload})}),l&&e.jsxs(Y,{title:t("platform.removeTitle",{name:l.name}),onClose:()=>a(null),children:[e.jsx("p",{children:t("platform.removeConfirm")}),e.jsx(R,{error:m.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:()=>a(null),"data-autofocus":!0,children:t("common.cancel")}),e.jsx("button",{type:"button",className:"danger",disabled:m.busy,onClick:async()=>{await m.run({id:l.id})&&(a(null),n.reload())},children:t("common.remove")})]})]})]})}function ue(){const[t,n]=i.useState([null]),o=t[t.length-1],s=i.useCallback(r=>{r&&n(d=>[...d,r])},[]),l=i.useCallback(()=>n(r=>r.length>1?r.slice(0,-1):r),[]),a=i.useCallback(()=>n([null]),[]);return{after:o,page:t.length,next:s,prev:l,reset:a}}function me(t){const n=F();return e.jsxs("div",{className:"pager",role:"group","aria-label":n("pager.label"),children:[e.jsx("button",{type:"button",onClick:t.onPrev,disabled:t.page<=1,children:n("pager.prev")}),e.jsxs("span",{"aria-live":"polite",children:[n("pager.page",{page:t.page}),t.total!=null&&` · ${n("pager.total",{total:t.total})}`]}),e.jsx("button",{type:"button",onClick:()=>t.onNext(t.pageInfo?.endCursor),disabled:!t.pageInfo?.hasNextPage,children:n("pager.next")})]})}const vo=["VIDEO_MODEL_NOT_VIRTIO","BOOT_MODE_UNKNOWN","REMOVED_FROM_PLATFORM","STATUS_NOT_ACTIVE","UEFI_NOT_SUPPORTED"];function xt({readiness:t}){const n=F();return t.ready?e.jsx("span",{className:"badge ok","data-ready":"true",children:n("ready.yes")}):e.jsx("span",{className:"readiness","data-ready":"false",children:t.problems.map(o=>e.jsxs("span",{className:"badge warn","data-problem":o.code,title:o.message,children:[vo.includes(o.code)?n(`ready.${o.code}`):o.code,e.jsxs("span",{className:"sr-only",children:[": ",o.message]})]},o.code))})}function ko(t){const{t:n,time:o}=oe(),s=t.source,l=s.platform.capabilities,a=l.bootModeEditable&&!t.video,r=s.bootMode==="UEFI"?"BIOS":"UEFI",[d,m]=i.useState(t.video?s.bootMode??"UEFI":r),[f,c]=i.useState(t.video??""),[S,h]=i.useState(`${s.name}-${t.video?t.video.toLowerCase():r.toLowerCase()}`),x=d===s.bootMode&&(f===""||f===s.videoModel),[y,C]=i.useState(!1),[E,N]=i.useState(null),[M,j]=i.useState([]),[U,P]=i.useState(null),_=i.useRef(null);i.useEffect(()=>()=>_.current?.(),[]);const B=async()=>{C(!0),N(null);try{const p=await K(En,{input:{id:s.id,bootMode:d}});t.onChanged(p.setBootMode),P(n("boot.changed",{mode:p.setBootMode.bootMode??d}))}catch(p){N(p)}finally{C(!1)}},b=async()=>{C(!0),N(null),j([]),P(null),_.current?.(),_.current=Me(Xe,{platformId:s.platform.id},p=>{const u=p.syncEvents,O=u.kind==="PROGRESS"?u.message??"":u.kind==="STARTED"?n("boot.stepStarted"):u.kind==="FINISHED"?n("boot.stepFinished"):u.kind==="FAILED"?n("boot.stepFailed",{message:u.message??u.run.error??""}):u.kind==="SOURCE_ADDED"?n("boot.stepAdded",{name:u.source?.name??""}):"";O&&j(A=>[...A,{at:u.at,kind:u.kind,text:O}])},()=>{});try{await pt();const p=await K(Tn,{input:{id:s.id,bootMode:d,videoModel:f||null,name:S.trim()}});P(n("boot.copied",{name:p.copyWithBootMode.name,mode:p.copyWithBootMode.bootMode??d})),t.onCopied()}catch(p){N(p)}finally{C(!1)}};return e.jsxs(Y,{title:n("boot.title",{name:s.name}),onClose:t.onClose,wide:!0,children:[e.jsx("p",{children:n("boot.current",{mode:s.bootMode??n("boot.unknown")})}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("boot.target")}),e.jsxs("select",{value:d,onChange:p=>m(p.target.value),"data-autofocus":!0,children:[e.jsx("option",{value:"BIOS",children:"BIOS"}),e.jsx("option",{value:"UEFI",children:"UEFI"})]})]}),a?e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",className:"primary",disabled:y||d===s.bootMode,onClick:()=>{B()},children:n("boot.change")})}):e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"notice warn",role:"note","data-testid":"boot-not-editable",children:[e.jsx("p",{children:n(t.video?"error.VIDEO_MODEL_NOT_EDITABLE":"error.BOOT_MODE_NOT_EDITABLE")}),e.jsx("p",{children:l.bootModeCopy?n("boot.workaround",{platform:s.platform.name}):n("boot.noCopy")})]}),l.bootModeCopy&&e.jsxs(e.Fragment,{children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("boot.copyVideo")}),e.jsxs("select",{value:f,onChange:p=>c(p.target.value),children:[e.jsxs("option",{value:"",children:[n("boot.keepVideo")," (",s.videoModel?s.videoModel.toLowerCase():"?",")"]}),e.jsx("option",{value:"VIRTIO",children:"virtio"}),e.jsx("option",{value:"QXL",children:"qxl"}),e.jsx("option",{value:"VGA",children:"vga"}),e.jsx("option",{value:"CIRRUS",children:"cirrus"})]})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("boot.copyName")}),e.jsx("input",{value:S,onChange:p=>h(p.target.value)})]}),e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",className:"primary",disabled:y||x||!S.trim(),onClick:()=>{b()},children:n("boot.copy",{mode:d})})})]})]}),M.length>0&&e.jsx("ol",{className:"steps","aria-live":"polite","aria-label":n("boot.progress"),"data-testid":"copy-steps",children:M.map((p,u)=>e.jsxs("li",{"data-kind":p.kind,children:[e.jsx("time",{dateTime:p.at,children:o(p.at)})," ",p.text]},u))}),y&&e.jsx("p",{"aria-live":"polite",children:n("common.working")}),e.jsx(R,{error:E}),U&&e.jsx("p",{className:"notice",role:"status","data-testid":"boot-result",children:U}),e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.close")})})]})}const Io=["win10","win11","win2019","win2022","ubuntu","debian","centos","uos","kylin"];function wo(t){const n=F(),o=t.source,[s,l]=i.useState(o.osType??""),[a,r]=i.useState(o.osDistro??""),[d,m]=i.useState(o.osUsername??""),[f,c]=i.useState(""),[S,h]=i.useState(!1),[x,y]=i.useState(null),[C,E]=i.useState(!1),[N,M]=i.useState(null),[j,U]=i.useState(null),P=async p=>{p.preventDefault(),y(null),E(!1),U(null);const u=d.trim();if(f&&!u)return y(n("source.needUser"));if(!f&&u&&u!==(o.osUsername??""))return y(n("source.needPassword"));h(!0);try{let O=o;(s!==(o.osType??"")||a.trim()!==(o.osDistro??""))&&(O=(await K(wn,{input:{id:o.id,osType:s||null,osDistro:a.trim().toLowerCase()||null,expectedVersion:O.version}})).setOsInfo);let A=!1;f&&(O=(await K(Cn,{input:{id:o.id,username:u,password:f,expectedVersion:O.version}})).setOsCredentials,A=!0,c("")),t.onSaved(O),E(!0),A&&await _()}catch(O){y(O)}finally{h(!1)}},_=async()=>{try{const p=await K(_e,{sourceId:o.id,dryRun:!0});M(p.updateCredentialsFromSource)}catch(p){(!(p instanceof te)||p.code!=="FORBIDDEN")&&y(p)}},B=async()=>{h(!0),y(null);try{const p=await K(Nn,{id:o.id});m(""),t.onSaved(p.clearOsCredentials),E(!0)}catch(p){y(p)}finally{h(!1)}},b=async()=>{h(!0);try{const p=await K(_e,{sourceId:o.id,dryRun:!1});U(p.updateCredentialsFromSource),M(0)}catch(p){y(p)}finally{h(!1)}};return e.jsx(Y,{title:n("source.editTitle",{name:o.name}),onClose:t.onClose,children:e.jsxs("form",{onSubmit:P,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("source.osType")}),e.jsxs("select",{value:s,onChange:p=>l(p.target.value),"data-autofocus":!0,children:[e.jsx("option",{value:"",children:n("source.osNone")}),e.jsx("option",{value:"windows",children:"Windows"}),e.jsx("option",{value:"linux",children:"Linux"})]})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("source.osDistro")}),e.jsx("input",{list:"distros",value:a,onChange:p=>r(p.target.value)}),e.jsx("datalist",{id:"distros",children:Io.map(p=>e.jsx("option",{value:p},p))})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("col.systemUser")}),e.jsx("input",{value:d,onChange:p=>m(p.target.value),autoComplete:"off"})]}),e.jsxs("label",{className:"field",children:[e.jsxs("span",{children:[n("col.systemPassword")," ",e.jsx("span",{className:"badge","data-testid":"password-state",children:o.hasOsPassword?n("common.set"):n("common.notSet")})]}),e.jsx("input",{type:"password",value:f,onChange:p=>c(p.target.value),autoComplete:"new-password",placeholder:o.hasOsPassword?n("source.passwordKeep"):""})]}),e.jsx(R,{error:x}),C&&e.jsx("p",{className:"notice",role:"status",children:n("common.saved")}),N!=null&&N>0&&e.jsxs("div",{className:"notice",role:"status",children:[e.jsx("p",{children:n("source.staleCount",{count:N})}),e.jsx("button",{type:"button",onClick:()=>{b()},disabled:S,children:n("desktops.updateCredentials")})]}),j!=null&&e.jsx("p",{className:"notice",role:"status",children:n("desktops.updatedCount",{count:j})}),e.jsxs("div",{className:"actions",children:[(o.hasOsPassword||o.osUsername)&&e.jsx("button",{type:"button",onClick:()=>{B()},disabled:S,children:n("source.clearCredentials")}),e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.close")}),e.jsx("button",{type:"submit",className:"primary",disabled:S,children:n("common.save")})]})]})})}function bt(t){return[t.osType,t.osDistro].filter(Boolean).join(" / ")}function jt(t){const n=F(),[o,s]=i.useState(null),[l,a]=i.useState(null),r=Z(Dn),[d,m]=i.useState(null),f=async c=>{if(!c.platform.capabilities.videoModelEditable)return a({s:c,virtio:!0});m(c.id);const S=await r.run({input:{id:c.id,videoModel:"VIRTIO"}});S&&t.onChanged(S.setVideoModel)};return e.jsxs("div",{className:"table-wrap",children:[d&&e.jsx(R,{error:r.error}),e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:t.caption}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n("col.name")}),e.jsx("th",{scope:"col",children:n("col.platform")}),e.jsx("th",{scope:"col",children:n("col.bootMode")}),e.jsx("th",{scope:"col",children:n("col.video")}),e.jsx("th",{scope:"col",children:n("col.os")}),e.jsx("th",{scope:"col",children:n("col.credentials")}),e.jsx("th",{scope:"col",children:n("col.readiness")}),e.jsx("th",{scope:"col",children:n("col.actions")})]})}),e.jsxs("tbody",{children:[t.rows.map(c=>e.jsxs("tr",{"data-source":c.name,children:[e.jsxs("th",{scope:"row",children:[c.name,e.jsx("div",{className:"muted small",children:c.tenant?`${c.externalId} · ${c.tenant.slug}`:c.externalId})]}),e.jsx("td",{children:c.platform.name}),e.jsx("td",{children:c.bootMode??"—"}),e.jsx("td",{"data-video":c.videoModel??"",children:c.videoModel?c.videoModel.toLowerCase():"—"}),e.jsx("td",{children:bt(c)||"—"}),e.jsxs("td",{children:[c.osUsername??"—",c.hasOsPassword!=null&&e.jsxs("div",{className:"muted small",children:[n("col.systemPassword"),": ",c.hasOsPassword?n("common.set"):n("common.notSet")]})]}),e.jsx("td",{children:e.jsx(xt,{readiness:c.readiness})}),e.jsx("td",{children:e.jsxs("div",{className:"row-actions",children:[c.hasOsPassword!=null&&e.jsx("button",{type:"button",onClick:()=>s(c),"aria-label":n("source.editOf",{name:c.name}),children:n("common.edit")}),t.system&&c.videoModel!=="VIRTIO"&&(c.platform.capabilities.videoModelEditable||c.platform.capabilities.bootModeCopy)&&!c.removedFromPlatform&&e.jsx("button",{type:"button",disabled:r.busy,onClick:()=>{f(c)},"aria-label":n("source.virtioOf",{name:c.name}),children:n("source.virtio")}),t.system&&!c.removedFromPlatform&&e.jsx("button",{type:"button",onClick:()=>a({s:c,virtio:!1}),"aria-label":n("source.bootOf",{name:c.name}),children:n("source.boot")})]})})]},c.id)),t.rows.length===0&&e.jsx("tr",{children:e.jsx("td",{colSpan:8,className:"muted",children:n("common.empty")})})]})]}),o&&e.jsx(wo,{source:o,onClose:()=>s(null),onSaved:c=>{t.onChanged(c),s(c)}}),l&&e.jsx(ko,{source:l.s,video:l.virtio?"VIRTIO":void 0,onClose:()=>a(null),onChanged:t.onChanged,onCopied:t.onAdded})]})}function Co({id:t}){const n=F(),o=ue(),[s,l]=i.useState(!0),a=q(In,{id:t,first:50,after:o.after,images:s}),r=a.data?.node,d=r&&"kind"in r?r:null;i.useEffect(()=>{d&&d.capabilities.resourceModel==="IMAGES"!==s&&l(!s)},[d,s]);const m=(d?s?d.images:d.templates:void 0)??void 0,[f,c]=i.useState([]);i.useEffect(()=>c(m?.edges.map(j=>j.node)??[]),[m]);const[S,h]=i.useState(null),[x,y]=i.useState(null),[C,E]=i.useState(!1);if(a.data&&!d)return e.jsxs("section",{children:[e.jsx("p",{children:e.jsxs(J,{to:"/system/platforms",children:["← ",n("nav.platforms")]})}),e.jsx("h1",{children:n("common.notFoundTitle")}),e.jsx("p",{"data-testid":"not-found",children:n("common.objectNotFound")})]});const N=S??d?.projectTenants?.map(j=>({project:j.project,tenant:j.tenant,placement:j.placement}))??[],M=async()=>{if(d){y(null),E(!1);try{await K(Qe,{input:{id:d.id,projectTenants:N.filter(j=>j.project.trim()||j.tenant.trim()).map(j=>({project:j.project.trim(),tenant:j.tenant.trim(),placement:j.placement??null}))}}),E(!0),h(null),a.reload()}catch(j){y(j)}}};return e.jsxs("section",{children:[e.jsx("p",{children:e.jsxs(J,{to:"/system/platforms",children:["← ",n("nav.platforms")]})}),e.jsx(R,{error:a.error}),d&&e.jsxs(e.Fragment,{children:[e.jsxs("h1",{children:[d.name," ",e.jsx("span",{className:"muted small",children:n(`kind.${d.kind}`)})]}),e.jsxs("div",{className:"panels",children:[e.jsxs("div",{className:"panel",children:[e.jsx("h2",{children:n("platform.capabilities")}),e.jsx(gt,{c:d.capabilities}),e.jsx("h2",{children:n("platform.lastSync")}),e.jsx(Oe,{run:d.lastSync})]}),e.jsxs("div",{className:"panel",children:[e.jsx("h2",{children:n("platform.sync")}),e.jsx(yt,{platform:d,onDone:a.reload})]}),e.jsxs("div",{className:"panel",children:[e.jsx(ht,{value:N,onChange:h}),e.jsx(R,{error:x}),C&&e.jsx("p",{className:"notice",role:"status",children:n("common.saved")}),e.jsx("button",{type:"button",className:"primary",onClick:()=>{M()},children:n("platform.saveMapping")})]})]}),e.jsx("h2",{children:n(s?"platform.images":"platform.templates")}),e.jsx(jt,{caption:n(s?"platform.images":"platform.templates"),rows:f,system:!0,onChanged:j=>c(U=>U.map(P=>P.id===j.id?j:P)),onAdded:a.reload}),e.jsx(me,{page:o.page,total:m?.totalCount,pageInfo:m?.pageInfo,onNext:o.next,onPrev:o.prev})]})]})}const No={vdiImages:Ze,vdiTemplates:Je,customImages:et,customTemplates:tt},Do={vdiImages:"VdiImages",vdiTemplates:"VdiTemplates",customImages:"CustomImages",customTemplates:"CustomTemplates"},qe={vdiImages:"nav.systemImages",vdiTemplates:"nav.systemTemplates",customImages:"nav.customImages",customTemplates:"nav.customTemplates"},Eo=50;function To(t,n){const[o,s]=i.useState(t);return i.useEffect(()=>{const l=setTimeout(()=>s(t),n);return()=>clearTimeout(l)},[t,n]),o}function fe({kind:t}){const n=F(),o=ue(),[s,l]=i.useState(""),[a,r]=i.useState(""),[d,m]=i.useState(""),[f,c]=i.useState(""),[S,h]=i.useState(""),[x,y]=i.useState(!1),C=To(s.trim(),250),{reset:E}=o;i.useEffect(E,[t,C,a,d,f,x,E]);const N=q(jn,{}),M={nameContains:C||null,platformId:a||null,ready:d===""?null:d==="true",osType:f||null,includeRemoved:x},j=q(No[t],{first:Eo,after:o.after,filter:M}),U=j.data?j.data[t]:void 0,[P,_]=i.useState([]);i.useEffect(()=>{U&&_(U.edges.map(u=>u.node))},[U]),i.useLayoutEffect(()=>{const u=`xspace:data:${Do[t]}`;!P.length||performance.getEntriesByName(u).length===0||(performance.measure("xspace:rows-render",u),requestAnimationFrame(()=>setTimeout(()=>performance.measure("xspace:rows-painted",u),0)))},[P,t]);const B=i.useMemo(()=>S?P.filter(u=>u.bootMode===S):P,[P,S]),b=t==="vdiTemplates"||t==="customTemplates",p=(N.data?.cloudPlatforms??[]).filter(u=>u.capabilities.resourceModel===(b?"TEMPLATES":"IMAGES"));return e.jsxs("section",{children:[e.jsx("h1",{children:n(qe[t])}),e.jsx("p",{className:"muted",children:n(t.startsWith("vdi")?"sources.introSystem":"sources.introCustom")}),e.jsxs("form",{className:"filters",role:"search",onSubmit:u=>u.preventDefault(),children:[e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.search")}),e.jsx("input",{type:"search",value:s,onChange:u=>l(u.target.value)})]}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.platform")}),e.jsxs("select",{value:a,onChange:u=>r(u.target.value),children:[e.jsx("option",{value:"",children:n("filter.any")}),p.map(u=>e.jsx("option",{value:u.id,children:u.name},u.id))]})]}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.readiness")}),e.jsxs("select",{value:d,onChange:u=>m(u.target.value),children:[e.jsx("option",{value:"",children:n("filter.any")}),e.jsx("option",{value:"true",children:n("ready.yes")}),e.jsx("option",{value:"false",children:n("ready.no")})]})]}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.bootMode")}),e.jsxs("select",{value:S,onChange:u=>h(u.target.value),children:[e.jsx("option",{value:"",children:n("filter.any")}),e.jsx("option",{value:"BIOS",children:"BIOS"}),e.jsx("option",{value:"UEFI",children:"UEFI"})]})]}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.os")}),e.jsxs("select",{value:f,onChange:u=>c(u.target.value),children:[e.jsx("option",{value:"",children:n("filter.any")}),e.jsx("option",{value:"windows",children:"Windows"}),e.jsx("option",{value:"linux",children:"Linux"})]})]}),e.jsxs("label",{className:"check",children:[e.jsx("input",{type:"checkbox",checked:x,onChange:u=>y(u.target.checked)}),e.jsx("span",{children:n("filter.includeRemoved")})]})]}),e.jsx(R,{error:j.error||N.error}),j.loading&&e.jsx("p",{className:"muted","aria-live":"polite",children:n("common.loading")}),e.jsx(jt,{caption:n(qe[t]),rows:B,system:t.startsWith("vdi"),onChanged:u=>_(O=>O.map(A=>A.id===u.id?u:A)),onAdded:()=>j.reload()}),e.jsx(me,{page:o.page,total:U?.totalCount,pageInfo:U?.pageInfo,onNext:o.next,onPrev:o.prev})]})}function We({viewer:t}){const n=F(),o=t.role==="SYSTEM_ADMIN",s=q(Mn,{first:100},!o),[l,a]=i.useState(""),r=ue(),d=q(nt,{first:50,after:r.after,tenantId:l||null}),[m,f]=i.useState(!1),[c,S]=i.useState(!1),h=Z(An),x=s.data?.tenants.edges.map(y=>y.node)??[];return e.jsxs("section",{children:[e.jsx("h1",{children:n(o?"nav.tenants":"nav.users")}),o&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"page-head",children:[e.jsx("h2",{children:n("accounts.tenants")}),e.jsx("button",{type:"button",onClick:()=>f(!0),children:n("accounts.newTenant")})]}),e.jsx(R,{error:s.error}),e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:n("accounts.tenants")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n("accounts.slug")}),e.jsx("th",{scope:"col",children:n("col.name")})]})}),e.jsx("tbody",{children:x.map(y=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:y.slug}),e.jsx("td",{children:y.name})]},y.id))})]})]}),e.jsxs("div",{className:"page-head",children:[e.jsx("h2",{children:n("accounts.users")}),o&&e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("accounts.tenant")}),e.jsxs("select",{value:l,onChange:y=>{a(y.target.value),r.reset()},children:[e.jsx("option",{value:"",children:n("filter.any")}),x.map(y=>e.jsx("option",{value:y.id,children:y.slug},y.id))]})]}),e.jsx("button",{type:"button",onClick:()=>S(!0),children:n("accounts.newUser")})]}),e.jsx(R,{error:d.error||h.error}),e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:n("accounts.users")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n("login.username")}),e.jsx("th",{scope:"col",children:n("accounts.role")}),e.jsx("th",{scope:"col",children:n("accounts.tenant")}),e.jsx("th",{scope:"col",children:n("accounts.status")}),e.jsx("th",{scope:"col",children:n("col.actions")})]})}),e.jsx("tbody",{children:(d.data?.users.edges??[]).map(({node:y})=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:y.username}),e.jsx("td",{children:n(`role.${y.role}`)}),e.jsx("td",{children:y.tenant?.slug??"—"}),e.jsx("td",{children:y.disabled?e.jsx("span",{className:"badge bad",children:n("accounts.disabled")}):e.jsx("span",{className:"badge ok",children:n("accounts.enabled")})}),e.jsx("td",{children:y.id!==t.id&&e.jsx("button",{type:"button",onClick:async()=>{await h.run({id:y.id,disabled:!y.disabled})&&d.reload()},"aria-label":n(y.disabled?"accounts.enableOf":"accounts.disableOf",{name:y.username}),children:y.disabled?n("accounts.enable"):n("accounts.disable")})})]},y.id))})]}),e.jsx(me,{page:r.page,total:d.data?.users.totalCount,pageInfo:d.data?.users.pageInfo,onNext:r.next,onPrev:r.prev}),m&&e.jsx(Mo,{onClose:()=>f(!1),onSaved:()=>{f(!1),s.reload()}}),c&&e.jsx($o,{system:o,tenants:x,onClose:()=>S(!1),onSaved:()=>{S(!1),d.reload()}})]})}function Mo(t){const n=F(),[o,s]=i.useState(""),[l,a]=i.useState(""),r=Z($n),d=async m=>{m.preventDefault(),await r.run({input:{slug:o.trim(),name:l.trim()}})&&t.onSaved()};return e.jsx(Y,{title:n("accounts.newTenant"),onClose:t.onClose,children:e.jsxs("form",{onSubmit:d,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("accounts.slug")}),e.jsx("input",{value:o,onChange:m=>s(m.target.value),required:!0,"data-autofocus":!0})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("col.name")}),e.jsx("input",{value:l,onChange:m=>a(m.target.value),required:!0})]}),e.jsx(R,{error:r.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:r.busy,children:n("common.save")})]})]})})}function $o(t){const n=F(),[o,s]=i.useState(""),[l,a]=i.useState(""),[r,d]=i.useState(""),[m,f]=i.useState(t.system?"SYSTEM_ADMIN":"TENANT_USER"),c=Z(Pn),S=async x=>{x.preventDefault();const y={tenantId:t.system&&o||null,username:l.trim(),password:r,role:m};await c.run({input:y})&&t.onSaved()},h=t.system?o?["TENANT_ADMIN","TENANT_USER"]:["SYSTEM_ADMIN"]:["TENANT_ADMIN","TENANT_USER"];return e.jsx(Y,{title:n("accounts.newUser"),onClose:t.onClose,children:e.jsxs("form",{onSubmit:S,children:[t.system&&e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("accounts.tenant")}),e.jsxs("select",{value:o,onChange:x=>{s(x.target.value),f(x.target.value?"TENANT_USER":"SYSTEM_ADMIN")},"data-autofocus":!0,children:[e.jsx("option",{value:"",children:n("accounts.systemNamespace")}),t.tenants.map(x=>e.jsx("option",{value:x.id,children:x.slug},x.id))]})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("login.username")}),e.jsx("input",{value:l,onChange:x=>a(x.target.value),required:!0,autoComplete:"off"})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("login.password")}),e.jsx("input",{type:"password",value:r,onChange:x=>d(x.target.value),required:!0,autoComplete:"new-password"})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("accounts.role")}),e.jsx("select",{value:m,onChange:x=>f(x.target.value),children:h.map(x=>e.jsx("option",{value:x,children:n(`role.${x}`)},x))})]}),e.jsx(R,{error:c.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",children:n("common.save")})]})]})})}function Ke(){const{t,when:n}=oe(),o=ue(),s=q(Fn,{first:50,after:o.after}),l=s.data?.auditLog;return e.jsxs("section",{children:[e.jsxs("div",{className:"page-head",children:[e.jsx("h1",{children:t("nav.audit")}),e.jsx("button",{type:"button",onClick:s.reload,children:t("common.refresh")})]}),e.jsx(R,{error:s.error}),e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:t("nav.audit")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t("audit.at")}),e.jsx("th",{scope:"col",children:t("audit.actor")}),e.jsx("th",{scope:"col",children:t("audit.action")}),e.jsx("th",{scope:"col",children:t("audit.target")}),e.jsx("th",{scope:"col",children:t("audit.outcome")}),e.jsx("th",{scope:"col",children:t("audit.detail")})]})}),e.jsx("tbody",{children:(l?.edges??[]).map(({node:a})=>e.jsxs("tr",{children:[e.jsx("td",{children:e.jsx("time",{dateTime:a.at,children:n(a.at)})}),e.jsx("td",{children:a.actor?a.actor.tenant?`${a.actor.username}@${a.actor.tenant.slug}`:a.actor.username:t("audit.service")}),e.jsx("th",{scope:"row",className:"mono",children:a.action}),e.jsx("td",{className:"mono small",children:a.targetId??"—"}),e.jsx("td",{children:e.jsx("span",{className:`badge ${a.outcome==="ok"?"ok":a.outcome==="denied"?"bad":"warn"}`,children:a.outcome})}),e.jsx("td",{className:"small",children:a.detail??""})]},a.id))})]})}),e.jsx(me,{page:o.page,total:l?.totalCount,pageInfo:l?.pageInfo,onNext:o.next,onPrev:o.prev})]})}function St(t){return q(nt,{first:100,tenantId:t.tenant?.id??null})}function Po({desktop:t,viewer:n,onClose:o}){const s=F(),l=St(n),[a,r]=i.useState(t.owner?.id??""),d=Z(Ln),m=async f=>{f.preventDefault(),await d.run({desktopId:t.id,ownerId:a||null})&&o()};return e.jsx(Y,{title:s("desktops.assignTitle",{name:t.name}),onClose:o,children:e.jsxs("form",{onSubmit:m,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("desktops.owner")}),e.jsxs("select",{value:a,onChange:f=>r(f.target.value),"data-autofocus":!0,children:[e.jsx("option",{value:"",children:s("desktops.nobody")}),(l.data?.users.edges??[]).filter(f=>f.node.role==="TENANT_USER").map(({node:f})=>e.jsx("option",{value:f.id,children:f.username},f.id))]})]}),e.jsx(R,{error:l.error||d.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:o,children:s("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:d.busy,children:s("common.save")})]})]})})}function Ao({desktop:t,onClose:n}){const o=F(),[s,l]=i.useState(t.credentials.customSet?t.credentials.username??"":""),[a,r]=i.useState(""),d=Z(Bn),m=Z(Vn),f=async c=>{c.preventDefault(),await d.run({input:{desktopId:t.id,username:s.trim(),password:a}})&&n()};return e.jsxs(Y,{title:o("desktops.credentialsTitle",{name:t.name}),onClose:n,children:[e.jsx("p",{className:"muted",children:o("desktops.credentialsIntro")}),t.loginMode==="AD_DOMAIN"&&e.jsx("p",{className:"notice warn",children:o("desktops.adIgnores")}),e.jsxs("form",{onSubmit:f,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:o("login.username")}),e.jsx("input",{value:s,onChange:c=>l(c.target.value),required:!0,autoComplete:"off","data-autofocus":!0})]}),e.jsxs("label",{className:"field",children:[e.jsxs("span",{children:[o("login.password")," ",e.jsx("span",{className:"badge",children:t.credentials.customSet?o("common.set"):o("common.notSet")})]}),e.jsx("input",{type:"password",value:a,onChange:c=>r(c.target.value),required:!0,autoComplete:"new-password"})]}),e.jsx(R,{error:d.error||m.error}),e.jsxs("div",{className:"actions",children:[t.credentials.customSet&&e.jsx("button",{type:"button",onClick:async()=>{await m.run({desktopId:t.id})&&n()},children:o("desktops.clearCustom")}),e.jsx("button",{type:"button",onClick:n,children:o("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:d.busy,children:o("common.save")})]})]})]})}function Fo({desktop:t,onClose:n,onDeleted:o}){const s=F(),l=Z(Un);return e.jsxs(Y,{title:s("desktops.deleteTitle",{name:t.name}),onClose:n,children:[e.jsx("p",{children:s("desktops.deleteConfirm")}),e.jsx(R,{error:l.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:n,"data-autofocus":!0,children:s("common.cancel")}),e.jsx("button",{type:"button",className:"danger",disabled:l.busy,onClick:async()=>{await l.run({id:t.id})&&(o(),n())},children:s("common.delete")})]})]})}const Oo=40;function Ro({viewer:t,onClose:n,onCreated:o}){const s=F(),l={first:100,filter:{includeRemoved:!1}},a=q(Ze,l),r=q(Je,l),d=q(et,l),m=q(tt,l),f=St(t),c=i.useMemo(()=>[...d.data?.customImages.edges??[],...m.data?.customTemplates.edges??[],...a.data?.vdiImages.edges??[],...r.data?.vdiTemplates.edges??[]].map(T=>T.node),[a.data,r.data,d.data,m.data]),[S,h]=i.useState(""),[x,y]=i.useState(""),[C,E]=i.useState(""),[N,M]=i.useState(""),[j,U]=i.useState(""),[P,_]=i.useState("LOCAL"),[B,b]=i.useState(""),[p,u]=i.useState(null),O=Z(_n),A=c.find(g=>g.id===C),X=x.trim().toLowerCase(),w=c.filter(g=>!X||g.name.toLowerCase().includes(X)).slice(0,Oo);A&&!w.includes(A)&&w.unshift(A);const D=g=>{E(g.id),u(null),g.bootMode&&M(g.bootMode)},v=!!(A&&N&&A.bootMode&&A.bootMode!==N),$=async g=>{if(g.preventDefault(),u(null),!A)return u(s("create.pickSource"));if(!A.readiness.ready)return u(s("create.notReady",{reasons:A.readiness.problems.map(Q=>Q.message).join("; ")}));if(!N)return u(s("create.pickBootMode"));if(v)return u(s("create.mismatch",{source:A.bootMode??"",mode:N}));await O.run({input:{name:S.trim(),sourceId:A.id,ownerId:j||null,bootMode:N,loginMode:P,adDomain:P==="AD_DOMAIN"?B.trim():null}})&&(o(),n())},L=a.error||r.error||d.error||m.error||f.error;return e.jsx(Y,{title:s("desktops.create"),onClose:n,wide:!0,children:e.jsxs("form",{onSubmit:$,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("col.name")}),e.jsx("input",{value:S,onChange:g=>h(g.target.value),required:!0,"data-autofocus":!0})]}),e.jsxs("fieldset",{className:"picker",children:[e.jsx("legend",{children:s("create.source")}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:s("filter.search")}),e.jsx("input",{type:"search",value:x,onChange:g=>y(g.target.value)})]}),e.jsx("div",{className:"picker-list",role:"radiogroup","aria-label":s("create.source"),children:w.map(g=>e.jsxs("label",{className:`picker-item${g.id===C?" picked":""}`,"data-source":g.name,children:[e.jsx("input",{type:"radio",name:"source",value:g.id,checked:g.id===C,onChange:()=>D(g)}),e.jsx("span",{className:"picker-name",children:g.name}),e.jsxs("span",{className:"muted small",children:[g.scope==="CUSTOM"?s("create.custom"):s("create.system")," · ",g.platform.name," · ",g.bootMode??"?"," · ",bt(g)||"—"]}),e.jsx(xt,{readiness:g.readiness})]},g.id))})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("col.bootMode")}),e.jsxs("select",{value:N,onChange:g=>M(g.target.value),"aria-invalid":v,children:[e.jsx("option",{value:"",children:"—"}),e.jsx("option",{value:"BIOS",children:"BIOS"}),e.jsx("option",{value:"UEFI",children:"UEFI"})]}),v&&A&&e.jsx("small",{className:"error-inline","data-testid":"mismatch",children:s("create.mismatch",{source:A.bootMode??"",mode:N})})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("desktops.owner")}),e.jsxs("select",{value:j,onChange:g=>U(g.target.value),children:[e.jsx("option",{value:"",children:s("desktops.nobody")}),(f.data?.users.edges??[]).filter(g=>g.node.role==="TENANT_USER").map(({node:g})=>e.jsx("option",{value:g.id,children:g.username},g.id))]})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("desktop.loginMode")}),e.jsxs("select",{value:P,onChange:g=>_(g.target.value),children:[e.jsx("option",{value:"LOCAL",children:s("desktop.localMode")}),e.jsx("option",{value:"AD_DOMAIN",children:s("create.adMode")})]})]}),P==="AD_DOMAIN"&&e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("connection.domain")}),e.jsx("input",{value:B,onChange:g=>b(g.target.value),required:!0})]}),e.jsx(R,{error:L}),p&&e.jsx("p",{className:"error",role:"alert","data-code":"CLIENT_REFUSED",children:p}),e.jsx(R,{error:O.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:n,children:s("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:O.busy,children:s("desktops.create")})]})]})})}function vt({d:t}){const n=F(),o=t.credentials;return e.jsxs("span",{"data-stale":o.stale?"true":"false",children:[n(`cred.${o.effectiveSource}`),o.username&&` · ${o.username}`,o.hasPassword&&` · ${n("cred.password")}`,o.stale&&e.jsx("span",{className:"badge warn",title:n("cred.staleHint"),children:n("cred.stale")})]})}function _o({viewer:t}){const n=F(),o=ue(),[s,l]=i.useState(""),a=q(ot,{first:50,after:o.after,filter:{nameContains:s.trim()||null}}),r=i.useMemo(()=>a.data?.desktops.edges.map(b=>b.node),[a.data]),[d]=ye(r,a.reload,o.page===1&&!s.trim()),[m,f]=i.useState(new Set),[c,S]=i.useState(!1),[h,x]=i.useState(null),[y,C]=i.useState(!1),[E,N]=i.useState(null),[M,j]=i.useState(null),U=async b=>{C(!0),N(null),j(null);let p=0;try{for(const u of b)await K(qn,{desktopId:u}),p++;f(new Set)}catch(u){N(u)}finally{C(!1),j(n("desktops.updatedCount",{count:p})),a.reload()}},P=b=>f(p=>{const u=new Set(p);return u.has(b)?u.delete(b):u.add(b),u}),_=()=>{x(null),a.reload()},B=d.filter(b=>b.credentials.stale).length;return e.jsxs("section",{children:[e.jsxs("div",{className:"page-head",children:[e.jsx("h1",{children:n("nav.desktops")}),e.jsx("button",{type:"button",className:"primary",onClick:()=>S(!0),children:n("desktops.create")})]}),e.jsxs("div",{className:"filters",children:[e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.search")}),e.jsx("input",{type:"search",value:s,onChange:b=>l(b.target.value)})]}),e.jsx("button",{type:"button",disabled:y||m.size===0,onClick:()=>{U([...m])},children:n("desktops.updateSelected",{count:m.size})}),B>0&&e.jsx("span",{className:"badge warn",children:n("desktops.staleCount",{count:B})})]}),e.jsx(R,{error:a.error||E}),M&&e.jsx("p",{className:"notice",role:"status",children:M}),e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:n("nav.desktops")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:e.jsx("span",{className:"sr-only",children:n("desktops.select")})}),e.jsx("th",{scope:"col",children:n("col.name")}),e.jsx("th",{scope:"col",children:n("col.os")}),e.jsx("th",{scope:"col",children:n("desktops.source")}),e.jsx("th",{scope:"col",children:n("desktops.owner")}),e.jsx("th",{scope:"col",children:n("col.bootMode")}),e.jsx("th",{scope:"col",children:n("desktop.loginMode")}),e.jsx("th",{scope:"col",children:n("desktops.credentials")}),e.jsx("th",{scope:"col",children:n("col.actions")})]})}),e.jsxs("tbody",{children:[d.map(b=>{const p=xe(b.osInfo.osType,b.osInfo.osDistro);return e.jsxs("tr",{"data-desktop":b.name,children:[e.jsx("td",{children:e.jsx("input",{type:"checkbox",checked:m.has(b.id),onChange:()=>P(b.id),"aria-label":n("desktops.selectOf",{name:b.name})})}),e.jsx("th",{scope:"row",children:e.jsx(J,{to:`/tenant/desktops/${encodeURIComponent(b.id)}`,children:b.name})}),e.jsxs("td",{className:"os-cell",children:[e.jsx(Pe,{os:p,size:20,label:be[p]})," ",Ae(b.osInfo)||"—"," ",e.jsx("span",{className:"muted small",children:b.osInfo.source==="AGENT"?n("desktop.fromAgent"):b.osInfo.source==="PRESET"?n("desktop.preset"):""})]}),e.jsx("td",{children:b.source.name}),e.jsx("td",{children:b.owner?.username??"—"}),e.jsx("td",{children:b.bootMode}),e.jsx("td",{children:b.loginMode==="AD_DOMAIN"?n("desktop.adMode",{domain:b.adDomain??""}):n("desktop.localMode")}),e.jsx("td",{children:e.jsx(vt,{d:b})}),e.jsx("td",{children:e.jsxs("div",{className:"row-actions",children:[e.jsx("button",{type:"button",disabled:y,onClick:()=>{U([b.id])},"aria-label":n("desktops.updateOf",{name:b.name}),children:n("desktops.updateCredentials")}),e.jsx("button",{type:"button",onClick:()=>x({kind:"assign",d:b}),"aria-label":n("desktops.assignOf",{name:b.name}),children:n("desktops.assign")}),e.jsx("button",{type:"button",onClick:()=>x({kind:"credentials",d:b}),"aria-label":n("desktops.credentialsOf",{name:b.name}),children:n("desktops.customCredentials")}),e.jsx("button",{type:"button",className:"danger",onClick:()=>x({kind:"delete",d:b}),"aria-label":n("desktops.deleteOf",{name:b.name}),children:n("common.delete")})]})})]},b.id)}),a.data&&d.length===0&&e.jsx("tr",{children:e.jsx("td",{colSpan:9,className:"muted",children:n("common.empty")})})]})]})}),e.jsx(me,{page:o.page,total:a.data?.desktops.totalCount,pageInfo:a.data?.desktops.pageInfo,onNext:o.next,onPrev:o.prev}),c&&e.jsx(Ro,{viewer:t,onClose:()=>S(!1),onCreated:a.reload}),h?.kind==="assign"&&e.jsx(Po,{desktop:h.d,viewer:t,onClose:_}),h?.kind==="credentials"&&e.jsx(Ao,{desktop:h.d,onClose:_}),h?.kind==="delete"&&e.jsx(Fo,{desktop:h.d,onClose:()=>x(null),onDeleted:a.reload})]})}function Uo({id:t}){const{t:n,when:o}=oe(),s=q(st,{id:t}),l=s.data?.node,a=i.useMemo(()=>l&&l.__typename==="Desktop"?[l]:s.data?[]:void 0,[l,s.data]),[r]=ye(a,s.reload,!1,t),d=r[0],m=d?xe(d.osInfo.osType,d.osInfo.osDistro):"unknown";return e.jsxs("section",{children:[e.jsx("p",{children:e.jsxs(J,{to:"/tenant/desktops",children:["← ",n("nav.desktops")]})}),e.jsx(R,{error:s.error}),s.data&&!d&&e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n("common.notFoundTitle")}),e.jsx("p",{"data-testid":"not-found",children:n("common.objectNotFound")})]}),d&&e.jsxs(e.Fragment,{children:[e.jsxs("h1",{children:[e.jsx(Pe,{os:m,size:28,label:be[m]})," ",d.name]}),e.jsxs("dl",{className:"facts wide",children:[e.jsx("dt",{children:n("col.os")}),e.jsxs("dd",{children:[Ae(d.osInfo)||"—"," (",d.osInfo.source==="AGENT"?n("desktop.fromAgent"):d.osInfo.source==="PRESET"?n("desktop.preset"):n("desktop.osUnknown"),")"]}),e.jsx("dt",{children:n("desktops.source")}),e.jsx("dd",{children:d.source.name}),e.jsx("dt",{children:n("desktop.platform")}),e.jsx("dd",{children:d.platform.name}),e.jsx("dt",{children:n("desktops.owner")}),e.jsx("dd",{children:d.owner?.username??"—"}),e.jsx("dt",{children:n("col.bootMode")}),e.jsx("dd",{children:d.bootMode}),e.jsx("dt",{children:n("desktop.loginMode")}),e.jsx("dd",{children:d.loginMode==="AD_DOMAIN"?n("desktop.adMode",{domain:d.adDomain??""}):n("desktop.localMode")}),e.jsx("dt",{children:n("desktops.credentials")}),e.jsx("dd",{children:e.jsx(vt,{d})}),e.jsx("dt",{children:n("desktop.agent")}),e.jsx("dd",{children:d.agent.connected?n("desktop.agentConnected"):d.agent.lastReportAt?n("desktop.agentLast",{at:o(d.agent.lastReportAt)}):n("desktop.agentNever")})]})]})]})}const re=["SYSTEM_ADMIN"],ie=["TENANT_ADMIN"],ze=["TENANT_USER"],He=[{path:"/system/platforms",roles:re,nav:"nav.platforms",page:()=>e.jsx(So,{})},{path:"/system/platforms/:id",roles:re,page:t=>e.jsx(Co,{id:t.id})},{path:"/system/images",roles:re,nav:"nav.systemImages",page:()=>e.jsx(fe,{kind:"vdiImages"})},{path:"/system/templates",roles:re,nav:"nav.systemTemplates",page:()=>e.jsx(fe,{kind:"vdiTemplates"})},{path:"/system/tenants",roles:re,nav:"nav.tenants",page:(t,n)=>e.jsx(We,{viewer:n})},{path:"/system/audit",roles:re,nav:"nav.audit",page:()=>e.jsx(Ke,{})},{path:"/tenant/images",roles:ie,nav:"nav.customImages",page:()=>e.jsx(fe,{kind:"customImages"})},{path:"/tenant/templates",roles:ie,nav:"nav.customTemplates",page:()=>e.jsx(fe,{kind:"customTemplates"})},{path:"/tenant/desktops",roles:ie,nav:"nav.desktops",page:(t,n)=>e.jsx(_o,{viewer:n})},{path:"/tenant/desktops/:id",roles:ie,page:t=>e.jsx(Uo,{id:t.id})},{path:"/tenant/users",roles:ie,nav:"nav.users",page:(t,n)=>e.jsx(We,{viewer:n})},{path:"/tenant/audit",roles:ie,nav:"nav.audit",page:()=>e.jsx(Ke,{})},{path:"/my/desktops",roles:ze,nav:"nav.myDesktops",page:()=>e.jsx(ho,{})},{path:"/my/desktops/:id",roles:ze,page:t=>e.jsx(go,{id:t.id})}];function Lo(t){return t==="SYSTEM_ADMIN"?"/system/platforms":t==="TENANT_ADMIN"?"/tenant/desktops":"/my/desktops"}const Bo={SYSTEM_ADMIN:"console.system",TENANT_ADMIN:"console.tenant",TENANT_USER:"console.user"};function Vo(){return i.useSyncExternalStore(dt,Ne)}function kt(){const{lang:t,setLang:n,t:o}=oe();return e.jsxs("label",{className:"lang",children:[e.jsx("span",{className:"sr-only",children:o("common.language")}),e.jsxs("select",{"aria-label":o("common.language"),value:t,onChange:s=>n(s.target.value),children:[e.jsx("option",{value:"en",children:"English"}),e.jsx("option",{value:"zh-CN",children:"简体中文"})]})]})}function qo(){const t=Vo(),n=uo(),o=F();if(!t){if(n!=="/login"){const r=n==="/"?"":`?next=${encodeURIComponent(n)}`;return e.jsx(Ge,{to:`/login${r}`})}return e.jsx(Jn,{})}const s=t.viewer;if(n==="/"||n==="/login"||n==="/index.html"){const r=new URLSearchParams(window.location.search).get("next");return e.jsx(Ge,{to:r&&r.startsWith("/")&&!r.startsWith("//")?r:Lo(s.role)})}let l=e.jsx(Wo,{});for(const r of He){const d=mo(r.path,n);if(d){l=r.roles.includes(s.role)?r.page(d,s):e.jsx(Ko,{});break}}const a=He.filter(r=>r.nav&&r.roles.includes(s.role));return e.jsxs("div",{className:"shell",children:[e.jsx("a",{className:"skip",href:"#main",children:o("common.skip")}),e.jsxs("header",{className:"top",children:[e.jsxs("div",{className:"brand",children:[e.jsx("span",{className:"logo","aria-hidden":"true",children:"◆"})," ","xspace · ",o(Bo[s.role])]}),e.jsxs("div",{className:"who",children:[e.jsx(kt,{}),e.jsxs("span",{className:"viewer","data-testid":"viewer",children:[s.tenant?`${s.username}@${s.tenant.slug}`:s.username," · ",o(`role.${s.role}`)]}),e.jsx("button",{type:"button",className:"link-button",onClick:()=>{Ee(),$e("/login",!0)},children:o("common.signOut")})]})]}),e.jsxs("div",{className:"body",children:[e.jsx("nav",{className:"side","aria-label":o("nav.label"),children:e.jsx("ul",{children:a.map(r=>e.jsx("li",{children:e.jsx(J,{to:r.path,"aria-current":n.startsWith(r.path)?"page":void 0,children:o(r.nav)})},r.path))})}),e.jsx("main",{id:"main",tabIndex:-1,children:l})]})]})}function Wo(){const t=F();return e.jsxs("section",{children:[e.jsx("h1",{children:t("common.notFoundTitle")}),e.jsx("p",{"data-testid":"not-found",children:t("common.notFound")})]})}function Ko(){const t=F();return e.jsxs("section",{children:[e.jsx("h1",{children:t("common.forbiddenTitle")}),e.jsx("p",{"data-testid":"not-for-role",children:t("common.forbidden")})]})}function Ge({to:t}){return i.useEffect(()=>$e(t,!0),[t]),null}const Ye=document.getElementById("root");Ye&&wt.createRoot(Ye).render(e.jsx(i.StrictMode,{children:e.jsx(Qn,{children:e.jsx(qo,{})})}));
