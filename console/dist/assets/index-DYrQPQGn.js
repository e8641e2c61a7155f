import{r as d,j as e,c as At}from"./react-CrowJ5J7.js";class v extends String{__apiType;value;__meta__;constructor(n,o){super(n),this.value=n,this.__meta__=o}toString(){return this.value}}const Ft=new v(`
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
    `,{fragmentName:"ViewerFields"}),Ot=new v(`
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
    `,{fragmentName:"PlacementFields"}),Rt=new v(`
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
    `,{fragmentName:"SyncRunFields"}),_t=new v(`
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
}`,{fragmentName:"PlatformFields"}),Ut=new v(`
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
    `,{fragmentName:"SourceFields"}),Lt=new v(`
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
    `,{fragmentName:"DesktopFields"}),Bt=new v(`
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
}`),Vt=new v(`
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
}`),qt=new v(`
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
}`),Wt=new v(`
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
    `),Kt=new v(`
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
}`),zt=new v(`
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
}`),Ht=new v(`
    mutation RemovePlatform($id: ID!) {
  removeCloudPlatform(id: $id)
}
    `),Gt=new v(`
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
}`),Yt=new v(`
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
}`),Qt=new v(`
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
}`),Xt=new v(`
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
}`),Zt=new v(`
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
}`),Jt=new v(`
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
}`),en=new v(`
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
}`),tn=new v(`
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
}`),nn=new v(`
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
}`),on=new v(`
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
}`),sn=new v(`
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
}`),an=new v(`
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
}`),rn=new v(`
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
}`),dn=new v(`
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
    `),ln=new v(`
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
    `),cn=new v(`
    mutation CreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) {
    id
    slug
    name
  }
}
    `),un=new v(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    username
    role
  }
}
    `),mn=new v(`
    mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
  setUserDisabled(id: $id, disabled: $disabled) {
    id
    disabled
  }
}
    `),pn=new v(`
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
    `),fn=new v(`
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
}`),hn=new v(`
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
}`),gn=new v(`
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
}`),yn=new v(`
    query ConnectionInfo($desktopId: ID!) {
  connectionInfo(desktopId: $desktopId) {
    loginMode
    autoLogin
    username
    password
    adDomain
  }
}
    `),xn=new v(`
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
}`),bn=new v(`
    mutation DeleteDesktop($id: ID!) {
  deleteDesktop(id: $id)
}
    `),jn=new v(`
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
}`),Sn=new v(`
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
}`),vn=new v(`
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
}`),kn=new v(`
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
}`),In=new v(`
    mutation UpdateCredentialsFromSource($sourceId: ID!, $dryRun: Boolean!) {
  updateCredentialsFromSource(sourceId: $sourceId, dryRun: $dryRun)
}
    `),wn={"\n  fragment ViewerFields on User {\n    id\n    username\n    role\n    tenant {\n      id\n      slug\n      name\n    }\n  }\n":Ft,"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n":Bt,"\n  mutation Refresh {\n    refreshToken {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n":Vt,"\n  fragment PlatformFields on CloudPlatform {\n    id\n    name\n    kind\n    endpoint\n    available\n    hasSecret\n    syncIntervalSeconds\n    capabilities {\n      resourceModel\n      bootModeEditable\n      videoModelEditable\n      bootModeCopy\n      uefi\n    }\n    uefiSetting\n    placement {\n      ...PlacementFields\n    }\n    projectTenants {\n      project\n      tenant\n      placement {\n        ...PlacementFields\n      }\n    }\n    lastSync {\n      ...SyncRunFields\n    }\n  }\n":_t,"\n  fragment PlacementFields on Placement {\n    zone\n    cluster\n    host\n    instanceOffering\n    network\n    cpuCores\n    memoryMib\n    storagePolicy\n  }\n":Ot,"\n  fragment SyncRunFields on SyncRun {\n    id\n    status\n    startedAt\n    finishedAt\n    added\n    updated\n    removed\n    error\n    notes\n  }\n":Rt,"\n  query Platforms {\n    cloudPlatforms {\n      ...PlatformFields\n    }\n  }\n":qt,"\n  query PlatformNames {\n    cloudPlatforms {\n      id\n      name\n      kind\n      capabilities {\n        resourceModel\n        bootModeEditable\n        videoModelEditable\n        bootModeCopy\n        uefi\n      }\n    }\n  }\n":Wt,"\n  mutation AddPlatform($input: AddCloudPlatformInput!) {\n    addCloudPlatform(input: $input) {\n      ...PlatformFields\n    }\n  }\n":Kt,"\n  mutation UpdatePlatform($input: UpdateCloudPlatformInput!) {\n    updateCloudPlatform(input: $input) {\n      ...PlatformFields\n    }\n  }\n":zt,"\n  mutation RemovePlatform($id: ID!) {\n    removeCloudPlatform(id: $id)\n  }\n":Ht,"\n  mutation SyncPlatform($id: ID!) {\n    syncCloudPlatform(id: $id) {\n      ...SyncRunFields\n    }\n  }\n":Gt,"\n  subscription SyncEvents($platformId: ID) {\n    syncEvents(platformId: $platformId) {\n      kind\n      message\n      at\n      platform {\n        id\n        name\n      }\n      run {\n        ...SyncRunFields\n      }\n      source {\n        id\n        name\n      }\n    }\n  }\n":Yt,"\n  fragment SourceFields on BootSource {\n    __typename\n    id\n    name\n    externalId\n    scope\n    bootMode\n    videoModel\n    osType\n    osDistro\n    osUsername\n    hasOsPassword\n    removedFromPlatform\n    version\n    syncedAt\n    tenant {\n      id\n      slug\n    }\n    platform {\n      id\n      name\n      kind\n      capabilities {\n        resourceModel\n        bootModeEditable\n        videoModelEditable\n        bootModeCopy\n        uefi\n      }\n    }\n    readiness {\n      ready\n      problems {\n        code\n        message\n      }\n    }\n  }\n":Ut,"\n  query VdiImages($first: Int, $after: String, $filter: SourceFilter) {\n    vdiImages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n":Qt,"\n  query VdiTemplates($first: Int, $after: String, $filter: SourceFilter) {\n    vdiTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n":Xt,"\n  query CustomImages($first: Int, $after: String, $filter: SourceFilter) {\n    customImages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n":Zt,"\n  query CustomTemplates($first: Int, $after: String, $filter: SourceFilter) {\n    customTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n":Jt,"\n  query PlatformSources($id: ID!, $first: Int, $after: String, $images: Boolean!) {\n    node(id: $id) {\n      ... on CloudPlatform {\n        ...PlatformFields\n        images(first: $first, after: $after) @include(if: $images) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...SourceFields\n            }\n          }\n        }\n        templates(first: $first, after: $after) @skip(if: $images) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...SourceFields\n            }\n          }\n        }\n        syncRuns(first: 5) {\n          edges {\n            node {\n              ...SyncRunFields\n            }\n          }\n        }\n      }\n    }\n  }\n":en,"\n  mutation SetOsInfo($input: SetOsInfoInput!) {\n    setOsInfo(input: $input) {\n      ...SourceFields\n    }\n  }\n":tn,"\n  mutation SetOsCredentials($input: SetOsCredentialsInput!) {\n    setOsCredentials(input: $input) {\n      ...SourceFields\n    }\n  }\n":nn,"\n  mutation ClearOsCredentials($id: ID!) {\n    clearOsCredentials(id: $id) {\n      ...SourceFields\n    }\n  }\n":on,"\n  mutation SetVideoModel($input: SetVideoModelInput!) {\n    setVideoModel(input: $input) {\n      ...SourceFields\n    }\n  }\n":sn,"\n  mutation SetBootMode($input: SetBootModeInput!) {\n    setBootMode(input: $input) {\n      ...SourceFields\n    }\n  }\n":an,"\n  mutation CopyWithBootMode($input: CopyWithBootModeInput!) {\n    copyWithBootMode(input: $input) {\n      ...SourceFields\n    }\n  }\n":rn,"\n  query Tenants($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n":dn,"\n  query Users($first: Int, $after: String, $tenantId: ID) {\n    users(first: $first, after: $after, tenantId: $tenantId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          role\n          disabled\n          tenant {\n            id\n            slug\n          }\n        }\n      }\n    }\n  }\n":ln,"\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n":cn,"\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      role\n    }\n  }\n":un,"\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n":mn,"\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          targetId\n          outcome\n          detail\n          actor {\n            id\n            username\n            tenant {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n":pn,"\n  fragment DesktopFields on Desktop {\n    id\n    name\n    externalId\n    removedFromPlatform\n    bootMode\n    loginMode\n    adDomain\n    version\n    createdAt\n    tenant {\n      id\n      slug\n    }\n    owner {\n      id\n      username\n    }\n    platform {\n      id\n      name\n      kind\n    }\n    source {\n      __typename\n      id\n      name\n    }\n    osInfo {\n      osType\n      osDistro\n      osVersion\n      source\n      reportedAt\n    }\n    agent {\n      connected\n      lastReportAt\n      hostname\n      agentVersion\n    }\n    credentials {\n      effectiveSource\n      username\n      hasPassword\n      customSet\n      imageCopyAt\n      stale\n    }\n  }\n":Lt,"\n  query Desktops($first: Int, $after: String, $filter: DesktopFilter) {\n    desktops(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DesktopFields\n        }\n      }\n    }\n  }\n":fn,"\n  query DesktopNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Desktop {\n        ...DesktopFields\n      }\n    }\n  }\n":hn,"\n  subscription DesktopEvents($desktopId: ID) {\n    desktopEvents(desktopId: $desktopId) {\n      kind\n      desktopId\n      at\n      desktop {\n        ...DesktopFields\n      }\n    }\n  }\n":gn,"\n  query ConnectionInfo($desktopId: ID!) {\n    connectionInfo(desktopId: $desktopId) {\n      loginMode\n      autoLogin\n      username\n      password\n      adDomain\n    }\n  }\n":yn,"\n  mutation CreateDesktop($input: CreateDesktopInput!) {\n    createDesktop(input: $input) {\n      ...DesktopFields\n    }\n  }\n":xn,"\n  mutation DeleteDesktop($id: ID!) {\n    deleteDesktop(id: $id)\n  }\n":bn,"\n  mutation AssignDesktop($desktopId: ID!, $ownerId: ID) {\n    assignDesktop(desktopId: $desktopId, ownerId: $ownerId) {\n      ...DesktopFields\n    }\n  }\n":jn,"\n  mutation SetDesktopCredentials($input: SetDesktopCredentialsInput!) {\n    setDesktopCredentials(input: $input) {\n      ...DesktopFields\n    }\n  }\n":Sn,"\n  mutation ClearDesktopCredentials($desktopId: ID!) {\n    clearDesktopCredentials(desktopId: $desktopId) {\n      ...DesktopFields\n    }\n  }\n":vn,"\n  mutation UpdateCredentials($desktopId: ID!) {\n    updateCredentials(desktopId: $desktopId) {\n      ...DesktopFields\n    }\n  }\n":kn,"\n  mutation UpdateCredentialsFromSource($sourceId: ID!, $dryRun: Boolean!) {\n    updateCredentialsFromSource(sourceId: $sourceId, dryRun: $dryRun)\n  }\n":In};function k(t){return wn[t]??{}}k(`
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
`);const Cn=k(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      viewer {
        ...ViewerFields
      }
    }
  }
`),Nn=k(`
  mutation Refresh {
    refreshToken {
      token
      expiresAt
      viewer {
        ...ViewerFields
      }
    }
  }
`);k(`
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
`);k(`
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
`);k(`
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
`);const Dn=k(`
  query Platforms {
    cloudPlatforms {
      ...PlatformFields
    }
  }
`),En=k(`
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
`),Tn=k(`
  mutation AddPlatform($input: AddCloudPlatformInput!) {
    addCloudPlatform(input: $input) {
      ...PlatformFields
    }
  }
`),Ze=k(`
  mutation UpdatePlatform($input: UpdateCloudPlatformInput!) {
    updateCloudPlatform(input: $input) {
      ...PlatformFields
    }
  }
`),Mn=k(`
  mutation RemovePlatform($id: ID!) {
    removeCloudPlatform(id: $id)
  }
`),$n=k(`
  mutation SyncPlatform($id: ID!) {
    syncCloudPlatform(id: $id) {
      ...SyncRunFields
    }
  }
`),Je=k(`
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
`);k(`
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
`);const et=k(`
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
`),tt=k(`
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
`),nt=k(`
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
`),ot=k(`
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
`),Pn=k(`
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
`),An=k(`
  mutation SetOsInfo($input: SetOsInfoInput!) {
    setOsInfo(input: $input) {
      ...SourceFields
    }
  }
`),Fn=k(`
  mutation SetOsCredentials($input: SetOsCredentialsInput!) {
    setOsCredentials(input: $input) {
      ...SourceFields
    }
  }
`),On=k(`
  mutation ClearOsCredentials($id: ID!) {
    clearOsCredentials(id: $id) {
      ...SourceFields
    }
  }
`),Rn=k(`
  mutation SetVideoModel($input: SetVideoModelInput!) {
    setVideoModel(input: $input) {
      ...SourceFields
    }
  }
`),_n=k(`
  mutation SetBootMode($input: SetBootModeInput!) {
    setBootMode(input: $input) {
      ...SourceFields
    }
  }
`),Un=k(`
  mutation CopyWithBootMode($input: CopyWithBootModeInput!) {
    copyWithBootMode(input: $input) {
      ...SourceFields
    }
  }
`),Ln=k(`
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
`),st=k(`
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
`),Bn=k(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      id
      slug
      name
    }
  }
`),Vn=k(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      role
    }
  }
`),qn=k(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      id
      disabled
    }
  }
`),Wn=k(`
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
`);k(`
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
`);const at=k(`
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
`),rt=k(`
  query DesktopNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on Desktop {
        ...DesktopFields
      }
    }
  }
`),Kn=k(`
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
`),zn=k(`
  query ConnectionInfo($desktopId: ID!) {
    connectionInfo(desktopId: $desktopId) {
      loginMode
      autoLogin
      username
      password
      adDomain
    }
  }
`),Hn=k(`
  mutation CreateDesktop($input: CreateDesktopInput!) {
    createDesktop(input: $input) {
      ...DesktopFields
    }
  }
`),Gn=k(`
  mutation DeleteDesktop($id: ID!) {
    deleteDesktop(id: $id)
  }
`),Yn=k(`
  mutation AssignDesktop($desktopId: ID!, $ownerId: ID) {
    assignDesktop(desktopId: $desktopId, ownerId: $ownerId) {
      ...DesktopFields
    }
  }
`),Qn=k(`
  mutation SetDesktopCredentials($input: SetDesktopCredentialsInput!) {
    setDesktopCredentials(input: $input) {
      ...DesktopFields
    }
  }
`),Xn=k(`
  mutation ClearDesktopCredentials($desktopId: ID!) {
    clearDesktopCredentials(desktopId: $desktopId) {
      ...DesktopFields
    }
  }
`),Zn=k(`
  mutation UpdateCredentials($desktopId: ID!) {
    updateCredentials(desktopId: $desktopId) {
      ...DesktopFields
    }
  }
`),_e=k(`
  mutation UpdateCredentialsFromSource($sourceId: ID!, $dryRun: Boolean!) {
    updateCredentialsFromSource(sourceId: $sourceId, dryRun: $dryRun)
  }
`),we="xspace.session";let le=Jn();const je=new Set;let Se,ve=null;function Jn(){try{const t=sessionStorage.getItem(we);if(!t)return null;const n=JSON.parse(t);return Date.parse(n.expiresAt)>Date.now()?n:null}catch{return null}}function it(){for(const t of je)t()}function dt(){if(clearTimeout(Se),!le||!ve)return;const t=Date.parse(le.expiresAt)-Date.now(),n=Math.max(1e3,t-Math.min(5*6e4,t/5)),o=ve;Se=setTimeout(()=>{o().catch(()=>De())},n)}function Ce(){return le}function Ne(){return le?.token??null}function lt(t){le=t;try{sessionStorage.setItem(we,JSON.stringify(t))}catch{}dt(),it()}function De(){le=null,clearTimeout(Se);try{sessionStorage.removeItem(we)}catch{}it()}function eo(t){ve=t,dt()}function ct(t){return je.add(t),()=>je.delete(t)}class ne extends Error{code;constructor(n,o){super(o),this.code=n}}async function K(t,n,o={}){const s=o.anonymous?null:Ne(),l={"content-type":"application/json"};s&&(l.authorization=`Bearer ${s}`);let a;try{a=await fetch("/graphql",{method:"POST",headers:l,body:JSON.stringify({query:t.toString(),variables:n??{}}),credentials:"omit"})}catch(m){throw new ne("NETWORK",m instanceof Error?m.message:String(m))}let r;try{r=await a.json()}catch{throw new ne(a.status>=500?"INTERNAL":"NETWORK",`HTTP ${a.status}`)}const c=r.errors?.[0];if(c){const m=c.extensions?.code??"INTERNAL";throw m==="UNAUTHENTICATED"&&s&&De(),new ne(m,c.message)}if(!r.data)throw new ne("INTERNAL",`HTTP ${a.status}`);return r.data}eo(async()=>{const t=await K(Nn);lt(t.refreshToken)});const ut={"console.system":"System Console","console.tenant":"Tenant Console","console.user":"My Desktops","nav.label":"Console sections","nav.platforms":"Cloud platforms","nav.systemImages":"System Images","nav.systemTemplates":"System Templates","nav.tenants":"Tenants and users","nav.users":"Users","nav.audit":"Audit log","nav.customImages":"Custom Images","nav.customTemplates":"Custom Templates","nav.desktops":"Desktops","nav.myDesktops":"My Desktops","role.SYSTEM_ADMIN":"System admin","role.TENANT_ADMIN":"Tenant admin","role.TENANT_USER":"User","common.language":"Language","common.skip":"Skip to content","common.signOut":"Sign out","common.loading":"Loading…","common.working":"Working…","common.close":"Close","common.cancel":"Cancel","common.save":"Save","common.saved":"Saved.","common.edit":"Edit","common.remove":"Remove","common.delete":"Delete","common.refresh":"Refresh","common.set":"set","common.notSet":"not set","common.yes":"Yes","common.no":"No","common.empty":"Nothing to show.","common.notFoundTitle":"Not found","common.notFound":"There is no page at this address.","common.objectNotFound":"Not found: it does not exist, or it is not yours to see.","common.forbiddenTitle":"Not available","common.forbidden":"This page is not available to your role.","login.intro":"Sign in to the xspace console.","login.tenant":"Tenant","login.tenantHint":"Leave empty for a system account.","login.username":"Username","login.password":"Password","login.signIn":"Sign in","login.signingIn":"Signing in…","error.UNAUTHENTICATED":"You are not signed in, or the sign-in was refused.","error.FORBIDDEN":"Your role may not do this.","error.NOT_FOUND":"Not found: it does not exist, or it is not yours to see.","error.BAD_USER_INPUT":"Some of what was entered is not valid.","error.CONFLICT":"Someone else changed this in the meantime; reload and try again.","error.BOOT_MODE_MISMATCH":"The desktop's boot mode must equal its source's.","error.VIDEO_MODEL_NOT_VIRTIO":"The source does not use virtio video, which desktops need.","error.BOOT_MODE_NOT_EDITABLE":"This platform cannot change a source's boot mode.","error.VIDEO_MODEL_NOT_EDITABLE":"This platform cannot change a source's video card in place.","error.PLATFORM_UNAVAILABLE":"The cloud platform could not be reached or refused the change.","error.GRAPHQL_PARSE_FAILED":"The console sent a request the server could not read.","error.GRAPHQL_VALIDATION_FAILED":"The console's request does not fit the server's API (is the console up to date?).","error.INTERNAL":"The server failed; the reference below helps the operator find out why.","error.RATE_LIMITED":"Too many attempts; wait a little and try again.","error.NETWORK":"The server could not be reached.","error.UNKNOWN":"Something went wrong ({code}).","error.server":"The server says: {message}","pager.label":"Pages","pager.prev":"Previous page","pager.next":"Next page","pager.page":"Page {page}","pager.total":"{total} in all","filter.search":"Search by name","filter.platform":"Platform","filter.readiness":"Readiness","filter.bootMode":"Boot mode","filter.os":"OS type","filter.any":"Any","filter.includeRemoved":"Include removed","col.name":"Name","col.tenant":"Tenant","col.platform":"Platform","col.bootMode":"Boot mode","col.video":"Video","col.os":"OS","col.systemUser":"System User","col.credentials":"System User / Password","col.systemPassword":"System Password","col.readiness":"Readiness","col.actions":"Actions","ready.yes":"Ready","ready.no":"Not ready","ready.VIDEO_MODEL_NOT_VIRTIO":"Video not virtio","ready.BOOT_MODE_UNKNOWN":"Boot mode unknown","ready.REMOVED_FROM_PLATFORM":"Removed from platform","ready.STATUS_NOT_ACTIVE":"Not active","ready.UEFI_NOT_SUPPORTED":"No UEFI on the platform","sources.introSystem":"Sources operated by the system admins, from every platform. A source is ready for desktops when its video is virtio and its boot mode is known.","sources.introCustom":"Your tenant's own images and templates, from the platform projects mapped to it.","source.editTitle":"Edit {name}","source.editOf":"Edit {name}","source.osType":"OS type","source.osNone":"(not set)","source.osDistro":"OS distro","source.passwordKeep":"Leave empty to keep the stored one","source.needUser":"Enter the System User for this password.","source.needPassword":"To change the System User, enter the System Password too.","source.clearCredentials":"Clear credentials","source.staleCount":"{count} desktop(s) made from this source hold the old credentials.","source.virtio":"Switch video to virtio","source.virtioOf":"Switch video to virtio: {name}","source.boot":"Boot mode","source.bootOf":"Boot mode: {name}","boot.title":"Boot mode of {name}","boot.current":"Current boot mode: {mode}","boot.unknown":"unknown","boot.target":"New boot mode","boot.change":"Change boot mode","boot.changed":"The platform now reports {mode}.","boot.workaround":"Workaround on {platform}: make a copy with the other boot mode (a VM from the source, its boot mode changed, saved as a new image, the VM removed). The copy keeps OS info and credentials.","boot.copyName":"The copy's name","boot.copyVideo":"The copy's video card","boot.keepVideo":"The original's","boot.noCopy":"This platform offers no copy with another boot mode either.","boot.copy":"Copy with boot mode {mode}","boot.copied":"Copy made: {name} ({mode}).","boot.progress":"Progress of the copy","boot.stepStarted":"Started.","boot.stepFinished":"Finished.","boot.stepFailed":"Failed: {message}","boot.stepAdded":"Synced: {name} is in the catalogue.","platform.add":"Add platform","platform.kind":"Kind","platform.endpoint":"Endpoint","platform.availability":"Availability","platform.available":"Reachable","platform.unavailable":"Unreachable","platform.neverSynced":"Never synced","platform.lastSync":"Last sync","platform.capabilities":"Capabilities","platform.sync":"Sync","platform.syncOf":"Sync {name}","platform.syncTitle":"Sync {name}","platform.syncNow":"Sync now","platform.syncing":"Syncing…","platform.editOf":"Edit {name}","platform.editTitle":"Edit {name}","platform.removeOf":"Remove {name}","platform.removeTitle":"Remove {name}?","platform.removeConfirm":"The platform and its catalogue are removed from xspace (nothing on the platform itself). It is refused while desktops live on it.","platform.secret":"Secret","platform.dropSecret":"Remove the stored secret","platform.mapping":"Project → tenant mapping","platform.noMapping":"No project is mapped: every source is a system source.","platform.project":"Project","platform.tenantSlug":"Tenant (slug)","platform.addMapping":"Add a mapping","platform.removeMapping":"Remove the mapping of {project}","platform.saveMapping":"Save mapping","platform.interval":"Seconds between scheduled syncs","platform.onDemand":"On demand only","platform.intervalRange":"The interval is a whole number of seconds from 60 to 604800, or empty.","platform.uefi":"UEFI guests","platform.uefiAsk":"The platform's own answer","platform.uefiYes":"Boots UEFI guests","platform.uefiNo":"No UEFI (UEFI sources are not ready)","platform.placement":"Placement of new desktop VMs","platform.placementNumber":"Virtual CPUs and memory are whole numbers above zero.","platform.placementHint":"Each platform uses the fields it needs (ZStack: zone, cluster, instance offering, network; CloudTower: cluster, CPUs, memory, network, storage policy).","platform.tenantPlacement":"Placement for {tenant}","platform.tenantPlacementHint":"Fields set here win over the platform's placement for this tenant's desktops; leave empty to use the platform's.","placement.zone":"Zone","placement.cluster":"Cluster","placement.host":"Host","placement.instanceOffering":"Instance offering","placement.network":"Network","placement.cpuCores":"Virtual CPUs","placement.memoryMib":"Memory (MiB)","placement.storagePolicy":"Storage policy","platform.images":"Images on this platform","platform.templates":"Templates on this platform","kind.OPENSTACK":"OpenStack","kind.ZSTACK":"ZSphere","kind.SMARTX":"SmartX","kind.WXSTACK":"WxStack","cap.images":"Images","cap.templates":"Templates","cap.bootEditable":"Boot mode editable","cap.bootFixed":"Boot mode fixed","cap.videoEditable":"Video editable","cap.videoFixed":"Video fixed","cap.copy":"Copy with another boot mode","cap.uefi":"UEFI guests","cap.noUefi":"No UEFI","sync.RUNNING":"Running","sync.SUCCEEDED":"Succeeded","sync.FAILED":"Failed","sync.counts":"+{added} added, {updated} updated, {removed} removed","sync.live":"So far: {added} added, {updated} updated, {removed} removed, {imported} desktops imported.","syncEvent.STARTED":"Started","syncEvent.SOURCE_ADDED":"Added","syncEvent.SOURCE_UPDATED":"Updated","syncEvent.SOURCE_REMOVED":"Removed","syncEvent.DESKTOP_IMPORTED":"Desktop imported","syncEvent.FINISHED":"Finished","syncEvent.FAILED":"Failed","syncEvent.PROGRESS":"Progress","syncEvent.RESYNC":"Events were missed; re-reading","accounts.tenants":"Tenants","accounts.users":"Users","accounts.newTenant":"New tenant","accounts.newUser":"New user","accounts.slug":"Slug","accounts.tenant":"Tenant","accounts.role":"Role","accounts.status":"Status","accounts.enabled":"Enabled","accounts.disabled":"Disabled","accounts.enable":"Enable","accounts.disable":"Disable","accounts.enableOf":"Enable {name}","accounts.disableOf":"Disable {name}","accounts.systemNamespace":"(system)","audit.at":"When","audit.actor":"Who","audit.action":"Operation","audit.target":"Object","audit.outcome":"Outcome","audit.detail":"Detail","audit.service":"(service or agent)","desktops.create":"Create desktop","desktops.select":"Select","desktops.selectOf":"Select {name}","desktops.source":"Source","desktops.owner":"Assigned to","desktops.nobody":"(nobody)","desktops.credentials":"Credentials","desktops.updateCredentials":"Update Credentials","desktops.updateOf":"Update Credentials of {name}","desktops.updateSelected":"Update Credentials of {count} selected","desktops.updatedCount":"Credentials updated on {count} desktop(s).","desktops.staleCount":"{count} stale","desktops.assign":"Assign","desktops.assignOf":"Assign {name}","desktops.assignTitle":"Assign {name}","desktops.customCredentials":"Custom credentials","desktops.credentialsOf":"Custom credentials of {name}","desktops.credentialsTitle":"Custom credentials of {name}","desktops.credentialsIntro":"Custom credentials win over the source's copy and stay when Update Credentials runs.","desktops.adIgnores":"This desktop logs in with AD accounts: stored credentials are not used.","desktops.clearCustom":"Clear custom credentials","desktops.deleteOf":"Delete {name}","desktops.deleteTitle":"Delete {name}?","desktops.deleteConfirm":"The desktop and its VM are deleted.","cred.CUSTOM":"Custom","cred.IMAGE":"From source","cred.NONE":"None","cred.password":"password","cred.stale":"Stale","cred.staleHint":"The source's credentials changed after this copy: use Update Credentials.","create.source":"Source","create.system":"System","create.custom":"Custom","create.adMode":"AD domain","create.pickSource":"Pick a source.","create.pickBootMode":"Pick a boot mode.","create.notReady":"This source is not ready for desktops: {reasons}","create.mismatch":"The source boots {source}; a desktop made from it must boot {source} too, not {mode}.","desktop.fromAgent":"from agent","desktop.preset":"preset","desktop.osUnknown":"OS unknown","desktop.loginMode":"Login","desktop.localMode":"Automatic (local account)","desktop.adMode":"AD domain {domain}","desktop.agent":"Agent","desktop.agentConnected":"Connected","desktop.agentLast":"Last report {at}","desktop.agentNever":"Never reported","desktop.platform":"Platform","desktop.removed":"Removed from its platform","desktop.connection":"Connection details","connection.title":"Connect to {name}","connection.autoLogin":"Automatic login","connection.domain":"Domain","connection.adPassword":"Your own AD password (none is stored).","connection.none":"(none)","connection.show":"Show password","connection.hide":"Hide password","my.none":"No desktop is assigned to you yet."},to={"console.system":"系统控制台","console.tenant":"租户控制台","console.user":"我的桌面","nav.label":"控制台栏目","nav.platforms":"云平台","nav.systemImages":"系统镜像","nav.systemTemplates":"系统模板","nav.tenants":"租户与用户","nav.users":"用户","nav.audit":"审计日志","nav.customImages":"自定义镜像","nav.customTemplates":"自定义模板","nav.desktops":"桌面","nav.myDesktops":"我的桌面","role.SYSTEM_ADMIN":"系统管理员","role.TENANT_ADMIN":"租户管理员","role.TENANT_USER":"用户","common.language":"语言","common.skip":"跳到正文","common.signOut":"退出登录","common.loading":"加载中…","common.working":"处理中…","common.close":"关闭","common.cancel":"取消","common.save":"保存","common.saved":"已保存。","common.edit":"编辑","common.remove":"移除","common.delete":"删除","common.refresh":"刷新","common.set":"已设置","common.notSet":"未设置","common.yes":"是","common.no":"否","common.empty":"暂无内容。","common.notFoundTitle":"未找到","common.notFound":"此地址没有页面。","common.objectNotFound":"未找到：该对象不存在，或您无权查看。","common.forbiddenTitle":"不可用","common.forbidden":"您的角色无法使用此页面。","login.intro":"登录 xspace 控制台。","login.tenant":"租户","login.tenantHint":"系统账号请留空。","login.username":"用户名","login.password":"密码","login.signIn":"登录","login.signingIn":"正在登录…","error.UNAUTHENTICATED":"您尚未登录，或登录被拒绝。","error.FORBIDDEN":"您的角色无权执行此操作。","error.NOT_FOUND":"未找到：该对象不存在，或您无权查看。","error.BAD_USER_INPUT":"输入的内容有误。","error.CONFLICT":"此对象已被他人修改，请刷新后重试。","error.BOOT_MODE_MISMATCH":"桌面的启动模式必须与其来源一致。","error.VIDEO_MODEL_NOT_VIRTIO":"该来源的显卡不是 virtio，桌面需要 virtio。","error.BOOT_MODE_NOT_EDITABLE":"此平台无法修改来源的启动模式。","error.VIDEO_MODEL_NOT_EDITABLE":"此平台无法直接修改来源的显卡。","error.PLATFORM_UNAVAILABLE":"无法连接云平台，或平台拒绝了此修改。","error.GRAPHQL_PARSE_FAILED":"控制台发送的请求服务器无法解析。","error.GRAPHQL_VALIDATION_FAILED":"控制台的请求与服务器的 API 不符（控制台是否为最新版本？）。","error.INTERNAL":"服务器出错；下方的参考编号可帮助运维人员查明原因。","error.RATE_LIMITED":"尝试次数过多，请稍后再试。","error.NETWORK":"无法连接服务器。","error.UNKNOWN":"出现错误（{code}）。","error.server":"服务器信息：{message}","pager.label":"分页","pager.prev":"上一页","pager.next":"下一页","pager.page":"第 {page} 页","pager.total":"共 {total} 项","filter.search":"按名称搜索","filter.platform":"平台","filter.readiness":"就绪状态","filter.bootMode":"启动模式","filter.os":"操作系统类型","filter.any":"全部","filter.includeRemoved":"包含已移除的","col.name":"名称","col.tenant":"租户","col.platform":"平台","col.bootMode":"启动模式","col.video":"显卡","col.os":"操作系统","col.systemUser":"系统用户","col.credentials":"系统用户 / 密码","col.systemPassword":"系统密码","col.readiness":"就绪状态","col.actions":"操作","ready.yes":"就绪","ready.no":"未就绪","ready.VIDEO_MODEL_NOT_VIRTIO":"显卡不是 virtio","ready.BOOT_MODE_UNKNOWN":"启动模式未知","ready.REMOVED_FROM_PLATFORM":"已从平台移除","ready.STATUS_NOT_ACTIVE":"未激活","ready.UEFI_NOT_SUPPORTED":"平台不支持 UEFI","sources.introSystem":"由系统管理员维护的各平台来源。显卡为 virtio 且启动模式已知的来源才能用于创建桌面。","sources.introCustom":"本租户自己的镜像和模板，来自映射到本租户的平台项目。","source.editTitle":"编辑 {name}","source.editOf":"编辑 {name}","source.osType":"操作系统类型","source.osNone":"（未设置）","source.osDistro":"操作系统发行版","source.passwordKeep":"留空则保留已存储的密码","source.needUser":"请为此密码填写系统用户。","source.needPassword":"修改系统用户时，请同时填写系统密码。","source.clearCredentials":"清除凭据","source.staleCount":"由此来源创建的 {count} 个桌面仍保存着旧凭据。","source.virtio":"将显卡切换为 virtio","source.virtioOf":"将显卡切换为 virtio：{name}","source.boot":"启动模式","source.bootOf":"启动模式：{name}","boot.title":"{name} 的启动模式","boot.current":"当前启动模式：{mode}","boot.unknown":"未知","boot.target":"新的启动模式","boot.change":"修改启动模式","boot.changed":"平台现在报告的启动模式为 {mode}。","boot.workaround":"{platform} 上的变通办法：复制一个使用另一种启动模式的副本（由来源创建虚拟机、修改其启动模式、另存为新镜像、删除虚拟机）。副本保留操作系统信息和凭据。","boot.copyName":"副本名称","boot.copyVideo":"副本的显卡","boot.keepVideo":"与原来源相同","boot.noCopy":"此平台也不支持复制为另一启动模式。","boot.copy":"以 {mode} 启动模式复制","boot.copied":"已创建副本：{name}（{mode}）。","boot.progress":"复制进度","boot.stepStarted":"已开始。","boot.stepFinished":"已完成。","boot.stepFailed":"失败：{message}","boot.stepAdded":"已同步：{name} 已加入目录。","platform.add":"添加平台","platform.kind":"类型","platform.endpoint":"接入地址","platform.availability":"可用性","platform.available":"可连接","platform.unavailable":"无法连接","platform.neverSynced":"从未同步","platform.lastSync":"最近同步","platform.capabilities":"能力","platform.sync":"同步","platform.syncOf":"同步 {name}","platform.syncTitle":"同步 {name}","platform.syncNow":"立即同步","platform.syncing":"同步中…","platform.editOf":"编辑 {name}","platform.editTitle":"编辑 {name}","platform.removeOf":"移除 {name}","platform.removeTitle":"移除 {name}？","platform.removeConfirm":"将从 xspace 中移除该平台及其目录（不影响平台本身）。平台上仍有桌面时会被拒绝。","platform.secret":"密钥","platform.dropSecret":"删除已存储的密钥","platform.mapping":"项目 → 租户映射","platform.noMapping":"未映射任何项目：所有来源都是系统来源。","platform.project":"项目","platform.tenantSlug":"租户（标识）","platform.addMapping":"添加映射","platform.removeMapping":"删除 {project} 的映射","platform.saveMapping":"保存映射","platform.interval":"定时同步间隔（秒）","platform.onDemand":"仅按需同步","platform.intervalRange":"间隔须为 60 到 604800 之间的整数秒，或留空。","platform.uefi":"UEFI 虚拟机","platform.uefiAsk":"以平台自身的回答为准","platform.uefiYes":"支持 UEFI 虚拟机","platform.uefiNo":"不支持 UEFI（UEFI 来源未就绪）","platform.placement":"新桌面虚拟机的放置","platform.placementNumber":"虚拟 CPU 数和内存须为大于零的整数。","platform.placementHint":"各平台使用各自需要的字段（ZStack：区域、集群、计算规格、网络；CloudTower：集群、CPU、内存、网络、存储策略）。","platform.tenantPlacement":"{tenant} 的放置","platform.tenantPlacementHint":"此处填写的字段优先于平台的放置，用于该租户的桌面；留空则使用平台的设置。","placement.zone":"区域","placement.cluster":"集群","placement.host":"主机","placement.instanceOffering":"计算规格","placement.network":"网络","placement.cpuCores":"虚拟 CPU 数","placement.memoryMib":"内存（MiB）","placement.storagePolicy":"存储策略","platform.images":"此平台上的镜像","platform.templates":"此平台上的模板","kind.OPENSTACK":"OpenStack","kind.ZSTACK":"ZSphere","kind.SMARTX":"SmartX","kind.WXSTACK":"WxStack","cap.images":"镜像","cap.templates":"模板","cap.bootEditable":"可修改启动模式","cap.bootFixed":"启动模式不可修改","cap.videoEditable":"可修改显卡","cap.videoFixed":"显卡不可修改","cap.copy":"可复制为另一启动模式","cap.uefi":"支持 UEFI 虚拟机","cap.noUefi":"不支持 UEFI","sync.RUNNING":"进行中","sync.SUCCEEDED":"成功","sync.FAILED":"失败","sync.counts":"新增 {added}，更新 {updated}，移除 {removed}","sync.live":"目前：新增 {added}，更新 {updated}，移除 {removed}，导入桌面 {imported}。","syncEvent.STARTED":"已开始","syncEvent.SOURCE_ADDED":"新增","syncEvent.SOURCE_UPDATED":"更新","syncEvent.SOURCE_REMOVED":"移除","syncEvent.DESKTOP_IMPORTED":"导入桌面","syncEvent.FINISHED":"已完成","syncEvent.FAILED":"失败","syncEvent.PROGRESS":"进度","syncEvent.RESYNC":"有事件遗漏，正在重新读取","accounts.tenants":"租户","accounts.users":"用户","accounts.newTenant":"新建租户","accounts.newUser":"新建用户","accounts.slug":"标识","accounts.tenant":"租户","accounts.role":"角色","accounts.status":"状态","accounts.enabled":"已启用","accounts.disabled":"已停用","accounts.enable":"启用","accounts.disable":"停用","accounts.enableOf":"启用 {name}","accounts.disableOf":"停用 {name}","accounts.systemNamespace":"（系统）","audit.at":"时间","audit.actor":"操作者","audit.action":"操作","audit.target":"对象","audit.outcome":"结果","audit.detail":"详情","audit.service":"（服务或代理）","desktops.create":"创建桌面","desktops.select":"选择","desktops.selectOf":"选择 {name}","desktops.source":"来源","desktops.owner":"分配给","desktops.nobody":"（无人）","desktops.credentials":"凭据","desktops.updateCredentials":"更新凭据","desktops.updateOf":"更新凭据：{name}","desktops.updateSelected":"更新所选 {count} 个桌面的凭据","desktops.updatedCount":"已更新 {count} 个桌面的凭据。","desktops.staleCount":"{count} 个已过期","desktops.assign":"分配","desktops.assignOf":"分配 {name}","desktops.assignTitle":"分配 {name}","desktops.customCredentials":"自定义凭据","desktops.credentialsOf":"{name} 的自定义凭据","desktops.credentialsTitle":"{name} 的自定义凭据","desktops.credentialsIntro":"自定义凭据优先于来源的副本，执行“更新凭据”时保持不变。","desktops.adIgnores":"此桌面使用 AD 账号登录：不使用已存储的凭据。","desktops.clearCustom":"清除自定义凭据","desktops.deleteOf":"删除 {name}","desktops.deleteTitle":"删除 {name}？","desktops.deleteConfirm":"将删除该桌面及其虚拟机。","cred.CUSTOM":"自定义","cred.IMAGE":"来自来源","cred.NONE":"无","cred.password":"密码","cred.stale":"已过期","cred.staleHint":"来源的凭据在复制后已更改：请使用“更新凭据”。","create.source":"来源","create.system":"系统","create.custom":"自定义","create.adMode":"AD 域","create.pickSource":"请选择来源。","create.pickBootMode":"请选择启动模式。","create.notReady":"此来源尚不能用于创建桌面：{reasons}","create.mismatch":"来源的启动模式为 {source}；由它创建的桌面也必须为 {source}，而不是 {mode}。","desktop.fromAgent":"来自代理","desktop.preset":"预设","desktop.osUnknown":"操作系统未知","desktop.loginMode":"登录方式","desktop.localMode":"自动登录（本地账号）","desktop.adMode":"AD 域 {domain}","desktop.agent":"代理","desktop.agentConnected":"已连接","desktop.agentLast":"最近上报 {at}","desktop.agentNever":"从未上报","desktop.platform":"平台","desktop.removed":"已从平台移除","desktop.connection":"连接信息","connection.title":"连接到 {name}","connection.autoLogin":"自动登录","connection.domain":"域","connection.adPassword":"使用您自己的 AD 密码（不存储任何密码）。","connection.none":"（无）","connection.show":"显示密码","connection.hide":"隐藏密码","my.none":"尚未为您分配桌面。"},no={en:ut,"zh-CN":to},mt="xspace.lang";function oo(){try{const t=localStorage.getItem(mt);if(t==="en"||t==="zh-CN")return t}catch{}return navigator.language?.toLowerCase().startsWith("zh")?"zh-CN":"en"}function so(t,n){return n?t.replace(/\{(\w+)\}/g,(o,s)=>s in n?String(n[s]):o):t}const pt=d.createContext(null);function ao({children:t}){const[n,o]=d.useState(oo);d.useEffect(()=>{document.documentElement.lang=n},[n]);const s=d.useMemo(()=>{const l=no[n];return{lang:n,setLang:a=>{try{localStorage.setItem(mt,a)}catch{}o(a)},t:(a,r)=>so(l[a]??ut[a]??a,r),when:a=>new Date(a).toLocaleString(n),time:a=>new Date(a).toLocaleTimeString(n)}},[n]);return e.jsx(pt.Provider,{value:s,children:t})}function se(){const t=d.useContext(pt);if(!t)throw new Error("useI18n outside I18nProvider");return t}function P(){return se().t}const ro=["UNAUTHENTICATED","FORBIDDEN","NOT_FOUND","BAD_USER_INPUT","CONFLICT","BOOT_MODE_MISMATCH","VIDEO_MODEL_NOT_VIRTIO","BOOT_MODE_NOT_EDITABLE","VIDEO_MODEL_NOT_EDITABLE","PLATFORM_UNAVAILABLE","GRAPHQL_PARSE_FAILED","GRAPHQL_VALIDATION_FAILED","INTERNAL","RATE_LIMITED","NETWORK"];function io(t,n){if(n instanceof ne){const o=ro.includes(n.code),s=t(o?`error.${n.code}`:"error.UNKNOWN",{code:n.code});return n.message&&n.message!==s?`${s} ${t("error.server",{message:n.message})}`:s}return typeof n=="string"?n:t("error.UNKNOWN",{code:"?"})}function O({error:t}){const n=P();if(!t)return null;const o=t instanceof ne?t.code:"CLIENT";return e.jsx("p",{className:"error",role:"alert","data-code":o,children:io(n,t)})}function lo(){const t=P(),[n,o]=d.useState(""),[s,l]=d.useState(""),[a,r]=d.useState(""),[c,m]=d.useState(!1),[p,u]=d.useState(null),b=async y=>{y.preventDefault(),m(!0),u(null);try{const g=await K(Cn,{input:{tenant:n.trim()||null,username:s.trim(),password:a}},{anonymous:!0});r(""),lt(g.login)}catch(g){u(g)}finally{m(!1)}};return e.jsx("div",{className:"login-page",children:e.jsxs("main",{id:"main",className:"login-card",children:[e.jsx("div",{className:"login-lang",children:e.jsx($t,{})}),e.jsxs("h1",{children:[e.jsx("span",{className:"logo","aria-hidden":"true",children:"◆"})," ","xspace"]}),e.jsx("p",{className:"muted",children:t("login.intro")}),e.jsxs("form",{onSubmit:b,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:t("login.tenant")}),e.jsx("input",{name:"tenant",value:n,onChange:y=>o(y.target.value),autoComplete:"organization"}),e.jsx("small",{className:"muted",children:t("login.tenantHint")})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:t("login.username")}),e.jsx("input",{name:"username",value:s,onChange:y=>l(y.target.value),autoComplete:"username",required:!0})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:t("login.password")}),e.jsx("input",{name:"password",type:"password",value:a,onChange:y=>r(y.target.value),autoComplete:"current-password",required:!0})]}),e.jsx(O,{error:p}),e.jsx("button",{type:"submit",className:"primary",disabled:c,children:t(c?"login.signingIn":"login.signIn")})]})]})})}function co(t){return/(?:query|mutation)\s+(\w+)/.exec(t.toString())?.[1]??"anonymous"}function q(t,n,o=!1){const s=JSON.stringify(n),[l,a]=d.useState({data:null,error:null,loading:!o}),[r,c]=d.useState(0),m=d.useRef(0);d.useEffect(()=>{if(o)return;const u=++m.current;a(b=>({...b,loading:!0})),K(t,JSON.parse(s)).then(b=>{performance.mark(`xspace:data:${co(t)}`),u===m.current&&a({data:b,error:null,loading:!1})},b=>u===m.current&&a(y=>({data:y.data,error:b,loading:!1})))},[t,s,r,o]);const p=d.useCallback(()=>c(u=>u+1),[]);return{...l,reload:p}}function Z(t){const[n,o]=d.useState(!1),[s,l]=d.useState(null);return{run:d.useCallback(async r=>{o(!0),l(null);try{return await K(t,r)}catch(c){return l(c),null}finally{o(!1)}},[t]),busy:n,error:s,setError:l}}function z(t){return t===null?"null":Array.isArray(t)?"array":typeof t}function te(t){return z(t)==="object"}function uo(t){return Array.isArray(t)&&t.length>0&&t.every(n=>"message"in n)}function Ue(t,n){return t.length<124?t:n}const mo="graphql-transport-ws";var H=(t=>(t[t.InternalServerError=4500]="InternalServerError",t[t.InternalClientError=4005]="InternalClientError",t[t.BadRequest=4400]="BadRequest",t[t.BadResponse=4004]="BadResponse",t[t.Unauthorized=4401]="Unauthorized",t[t.Forbidden=4403]="Forbidden",t[t.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",t[t.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",t[t.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",t[t.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",t[t.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",t))(H||{}),G=(t=>(t.ConnectionInit="connection_init",t.ConnectionAck="connection_ack",t.Ping="ping",t.Pong="pong",t.Subscribe="subscribe",t.Next="next",t.Error="error",t.Complete="complete",t))(G||{});function ft(t){if(!te(t))throw new Error(`Message is expected to be an object, but got ${z(t)}`);if(!t.type)throw new Error("Message is missing the 'type' property");if(typeof t.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${z(t.type)}`);switch(t.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(t.payload!=null&&!te(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${t.payload}"`);break}case"subscribe":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${z(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);if(!te(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an object, but got ${z(t.payload)}`);if(typeof t.payload.query!="string")throw new Error(`"${t.type}" message payload expects the 'query' property to be a string, but got ${z(t.payload.query)}`);if(t.payload.variables!=null&&!te(t.payload.variables))throw new Error(`"${t.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${z(t.payload.variables)}`);if(t.payload.operationName!=null&&z(t.payload.operationName)!=="string")throw new Error(`"${t.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${z(t.payload.operationName)}`);if(t.payload.extensions!=null&&!te(t.payload.extensions))throw new Error(`"${t.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${z(t.payload.extensions)}`);break}case"next":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${z(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);if(!te(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an object, but got ${z(t.payload)}`);break}case"error":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${z(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);if(!uo(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(t.payload)}`);break}case"complete":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${z(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${t.type}"`)}return t}function po(t,n){return ft(typeof t=="string"?JSON.parse(t,n):t)}function ce(t,n){return ft(t),JSON.stringify(t,n)}function fo(t){const{url:n,connectionParams:o,lazy:s=!0,onNonLazyError:l=console.error,lazyCloseTimeout:a=0,keepAlive:r=0,disablePong:c,connectionAckWaitTimeout:m=0,retryAttempts:p=5,retryWait:u=async function(A){const S=Math.pow(2,A);await new Promise(M=>setTimeout(M,S*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:b=be,on:y,webSocketImpl:g,generateID:f=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,A=>{const S=Math.random()*16|0;return(A=="x"?S:S&3|8).toString(16)})},jsonMessageReplacer:w,jsonMessageReviver:D}=t;let C;if(g){if(!go(g))throw new Error("Invalid WebSocket implementation provided");C=g}else typeof WebSocket<"u"?C=WebSocket:typeof global<"u"?C=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(C=window.WebSocket||window.MozWebSocket);if(!C)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const T=C,j=(()=>{const I=(()=>{const S={};return{on(M,U){return S[M]=U,()=>{delete S[M]}},emit(M){"id"in M&&S[M.id]?.(M)}}})(),A={connecting:y?.connecting?[y.connecting]:[],opened:y?.opened?[y.opened]:[],connected:y?.connected?[y.connected]:[],ping:y?.ping?[y.ping]:[],pong:y?.pong?[y.pong]:[],message:y?.message?[I.emit,y.message]:[I.emit],closed:y?.closed?[y.closed]:[],error:y?.error?[y.error]:[]};return{onMessage:I.on,on(S,M){const U=A[S];return U.push(M),()=>{const h=U.indexOf(M);h>-1&&U.splice(h,1)}},emit(S,...M){for(const U of[...A[S]])U(...M)}}})();function F(I){const A=[j.on("error",S=>{A.forEach(M=>M()),I(S)}),j.on("closed",S=>{A.forEach(M=>M()),I(S)})];return()=>A.forEach(S=>S())}let $,_=0,B,L=!1,i=0,x=!1;async function N(){clearTimeout(B);const[I,A]=await($??($=new Promise((U,h)=>(async()=>{if(L){if(await u(i),!_)return $=void 0,h({code:1e3,reason:"All Subscriptions Gone"});i++}j.emit("connecting",L);const E=new T(typeof n=="function"?await n():n,mo);let X,ae;function pe(){isFinite(r)&&r>0&&(clearTimeout(ae),ae=setTimeout(()=>{E.readyState===T.OPEN&&(E.send(ce({type:G.Ping})),j.emit("ping",!1,void 0))},r))}F(W=>{$=void 0,clearTimeout(X),clearTimeout(ae),h(W),W instanceof Le&&(E.close(4499,"Terminated"),E.onerror=null,E.onclose=null)}),E.onerror=W=>j.emit("error",W),E.onclose=W=>j.emit("closed",W),E.onopen=async()=>{try{j.emit("opened",E);const W=typeof o=="function"?await o():o;if(E.readyState!==T.OPEN)return;E.send(ce(W?{type:G.ConnectionInit,payload:W}:{type:G.ConnectionInit},w)),isFinite(m)&&m>0&&(X=setTimeout(()=>{E.close(H.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},m)),pe()}catch(W){j.emit("error",W),E.close(H.InternalClientError,Ue(W instanceof Error?W.message:String(W),"Internal client error"))}};let re=!1;E.onmessage=({data:W})=>{try{const V=po(W,D);if(j.emit("message",V),V.type==="ping"||V.type==="pong"){j.emit(V.type,!0,V.payload),V.type==="pong"?pe():c||(E.send(ce(V.payload?{type:G.Pong,payload:V.payload}:{type:G.Pong},w)),j.emit("pong",!1,V.payload));return}if(re)return;if(V.type!==G.ConnectionAck)throw new Error(`First message cannot be of type ${V.type}`);clearTimeout(X),re=!0,j.emit("connected",E,V.payload,L),L=!1,i=0;const Re=new Promise((Zo,Pt)=>F(Pt));Re.catch(()=>{}),U([E,Re])}catch(V){E.onmessage=null,j.emit("error",V),E.close(H.BadResponse,Ue(V instanceof Error?V.message:String(V),"Bad response"))}}})())));I.readyState===T.CLOSING&&await A;let S=()=>{};const M=new Promise(U=>S=U);return[I,S,new Promise((U,h)=>{const E=F(h);I.readyState!==T.OPEN&&A.catch(h),M.then(()=>{if(E(),!_){const X=()=>I.close(1e3,"Normal Closure");isFinite(a)&&a>0?(clearTimeout(B),B=setTimeout(()=>{!_&&I.readyState===T.OPEN&&X()},a)):X()}U()})})]}function R(I){if(be(I)&&(ho(I.code)||[H.InternalServerError,H.InternalClientError,H.BadRequest,H.BadResponse,H.Unauthorized,H.SubprotocolNotAcceptable,H.SubscriberAlreadyExists,H.TooManyInitialisationRequests].includes(I.code)))throw I;if(x)return!1;if(be(I)&&I.code===1e3)return _>0;if(!p||i>=p||!b(I))throw I;return L=!0}s||(async()=>{for(_++;;)try{const[,,I]=await N();await I}catch(I){try{if(!R(I))return}catch(A){return l?.(A)}}})();function Q(I,A){const S=f(I);let M=!1,U=!1,h=()=>{_--,M=!0};return(async()=>{for(_++;;)try{const[E,X,ae]=await N();if(M)return ae.catch(()=>{}),X();const pe=j.onMessage(S,re=>{switch(re.type){case G.Next:{A.next(re.payload);return}case G.Error:{U=!0,M=!0,A.error(re.payload),h();return}case G.Complete:{M=!0,h();return}}});E.send(ce({id:S,type:G.Subscribe,payload:I},w)),h=()=>{!M&&E.readyState===T.OPEN&&E.send(ce({id:S,type:G.Complete},w)),_--,M=!0,X()},await ae.finally(pe);return}catch(E){if(!R(E))return}})().then(()=>{U||A.complete()}).catch(E=>{A.error(E)}),()=>{M||h()}}return{on:j.on,subscribe:Q,iterate(I){const A=[],S={done:!1,error:null,resolve:()=>{}},M=Q(I,{next(h){A.push(h),S.resolve()},error(h){S.done=!0,S.error=h,S.resolve()},complete(){S.done=!0,S.resolve()}}),U=(async function*(){for(;;){for(A.length||await new Promise(E=>S.resolve=E);A.length;)yield A.shift();if(S.error)throw S.error;if(S.done)return}})();return U.throw=async h=>(S.done||(S.done=!0,S.error=h,S.resolve()),{done:!0,value:void 0}),U.return=async()=>(M(),{done:!0,value:void 0}),U},async dispose(){if(x=!0,$){const[I]=await $;I.close(1e3,"Normal Closure")}},terminate(){$&&j.emit("closed",new Le)}}}class Le extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function be(t){return te(t)&&"code"in t&&"reason"in t}function ho(t){return[1e3,1001,1006,1005,1012,1013,1014].includes(t)?!1:t>=1e3&&t<=1999}function go(t){return typeof t=="function"&&"constructor"in t&&"CLOSED"in t&&"CLOSING"in t&&"CONNECTING"in t&&"OPEN"in t}let de=null,he=!1,Be=Ce()?.viewer.id??null;const ke=new Set,oe=new Set;function yo(){const{protocol:t,host:n}=window.location;return`${t==="https:"?"wss":"ws"}://${n}/graphql`}function xo(){return de||(de=fo({url:yo(),connectionParams:()=>({token:Ne()}),lazy:!0,lazyCloseTimeout:3e3,keepAlive:1e4,retryAttempts:Number.POSITIVE_INFINITY,shouldRetry:()=>!0,retryWait:async t=>{await new Promise(n=>setTimeout(n,Math.min(8e3,500*2**t)))},on:{connected:(t,n,o)=>{he=!0;for(const s of ke)s();if(ke.clear(),o)for(const s of oe)s.onResync()},closed:()=>{he=!1}}}),de)}function Ee(t){t.stop=xo().subscribe({query:t.query,variables:t.variables},{next:n=>{n.data&&t.onData(n.data),n.errors?.length&&t.onError?.(n.errors[0].message)},error:n=>{if(Array.isArray(n)){t.onError?.(String(n[0]?.message??"subscription refused"));return}oe.has(t)&&(clearTimeout(t.retry),t.retry=setTimeout(()=>{!oe.has(t)||!Ne()||(Ee(t),t.onResync())},2e3))},complete:()=>{}})}ct(()=>{const t=Ce()?.viewer.id??null,n=t!==null&&t===Be;Be=t;const o=de;if(de=null,he=!1,n)for(const s of oe)s.stop?.(),Ee(s),s.onResync();else for(const s of oe)s.stop?.();o&&o.dispose()});function Te(t,n,o,s,l){const a={query:t.toString(),variables:n,onData:o,onResync:s,onError:l};return oe.add(a),Ee(a),()=>{oe.delete(a),clearTimeout(a.retry),a.stop?.()}}function ht(){const t=()=>new Promise(n=>setTimeout(n,300));return he?t():new Promise(n=>ke.add(n)).then(t)}function ge(t,n,o,s=null){const[l,a]=d.useState([]),[r,c]=d.useState(0);return d.useEffect(()=>{t&&a(t)},[t]),d.useEffect(()=>Te(Kn,{desktopId:s},m=>{const p=m.desktopEvents;if(c(b=>b+1),p.kind==="RESYNC"){n();return}const u=p.desktop;a(b=>{if(p.kind==="DELETED"||!u)return b.filter(f=>f.id!==p.desktopId);const y=b.findIndex(f=>f.id===u.id);if(y<0)return o?[...b,u].sort((f,w)=>f.name.localeCompare(w.name)):b;const g=b.slice();return g[y]=u,g})},n),[n,o,s]),[l,r]}const Ie="xspace:navigate";function bo(t){return window.addEventListener("popstate",t),window.addEventListener(Ie,t),()=>{window.removeEventListener("popstate",t),window.removeEventListener(Ie,t)}}function jo(){return d.useSyncExternalStore(bo,()=>window.location.pathname)}function Me(t,n=!1){n?window.history.replaceState(null,"",t):window.history.pushState(null,"",t),window.dispatchEvent(new Event(Ie))}function So(t,n){const o=t.split("/"),s=n.replace(/\/+$/,"").split("/");if(o.length!==s.length)return null;const l={};for(let a=0;a<o.length;a++)if(o[a].startsWith(":"))l[o[a].slice(1)]=decodeURIComponent(s[a]);else if(o[a]!==s[a])return null;return l}function ee(t){const{to:n,onClick:o,...s}=t,l=a=>{o?.(a),!(a.defaultPrevented||a.button!==0||a.metaKey||a.ctrlKey||a.shiftKey||a.altKey)&&(a.preventDefault(),Me(n))};return e.jsx("a",{href:n,onClick:l,...s})}function ye(t,n){const o=(n??"").toLowerCase(),s=(t??"").toLowerCase();if(s==="windows"||o.startsWith("win"))return"windows";for(const l of["ubuntu","centos","uos","kylin","debian"])if(o.includes(l))return l;return o.includes("deepin")?"uos":s==="linux"||o?"linux":"unknown"}const xe={windows:"Windows",ubuntu:"Ubuntu",centos:"CentOS",uos:"UOS",kylin:"Kylin",debian:"Debian",linux:"Linux",unknown:"?"},vo={windows:e.jsxs("g",{fill:"#1677c9",children:[e.jsx("rect",{x:"3",y:"3",width:"8.5",height:"8.5",rx:"0.6"}),e.jsx("rect",{x:"12.5",y:"3",width:"8.5",height:"8.5",rx:"0.6"}),e.jsx("rect",{x:"3",y:"12.5",width:"8.5",height:"8.5",rx:"0.6"}),e.jsx("rect",{x:"12.5",y:"12.5",width:"8.5",height:"8.5",rx:"0.6"})]}),ubuntu:e.jsxs("g",{children:[e.jsx("circle",{cx:"12",cy:"12",r:"10",fill:"#e95420"}),e.jsx("circle",{cx:"12",cy:"12",r:"4.6",fill:"none",stroke:"#fff",strokeWidth:"1.8"}),e.jsx("circle",{cx:"6.2",cy:"12",r:"1.9",fill:"#fff"}),e.jsx("circle",{cx:"14.9",cy:"7",r:"1.9",fill:"#fff"}),e.jsx("circle",{cx:"14.9",cy:"17",r:"1.9",fill:"#fff"})]}),centos:e.jsxs("g",{transform:"rotate(45 12 12)",children:[e.jsx("rect",{x:"4",y:"4",width:"7.4",height:"7.4",fill:"#9ccd2a"}),e.jsx("rect",{x:"12.6",y:"4",width:"7.4",height:"7.4",fill:"#932279"}),e.jsx("rect",{x:"4",y:"12.6",width:"7.4",height:"7.4",fill:"#efa724"}),e.jsx("rect",{x:"12.6",y:"12.6",width:"7.4",height:"7.4",fill:"#262577"})]}),uos:e.jsxs("g",{children:[e.jsx("rect",{x:"2",y:"2",width:"20",height:"20",rx:"5",fill:"#0081ff"}),e.jsx("path",{d:"M7.5 6.5v6.2a4.5 4.5 0 0 0 9 0V6.5",fill:"none",stroke:"#fff",strokeWidth:"2.4",strokeLinecap:"round"})]}),kylin:e.jsxs("g",{children:[e.jsx("circle",{cx:"12",cy:"12",r:"10",fill:"#c8102e"}),e.jsx("path",{d:"M8.5 6.5v11M8.5 12.5l6.5-6M10.6 10.6l5 6.9",fill:"none",stroke:"#fff",strokeWidth:"2.2",strokeLinecap:"round"})]}),debian:e.jsx("path",{d:"M13.6 12.3a1.9 1.9 0 1 1-2.3-2.6 4 4 0 0 1 4.8 3.3 5.6 5.6 0 0 1-5.3 6.2 7.4 7.4 0 0 1-7.2-7.6A8 8 0 0 1 12 3.6",fill:"none",stroke:"#d70a53",strokeWidth:"2.3",strokeLinecap:"round"}),linux:e.jsxs("g",{children:[e.jsx("ellipse",{cx:"12",cy:"13",rx:"6.5",ry:"8.5",fill:"#222"}),e.jsx("ellipse",{cx:"12",cy:"15",rx:"4.2",ry:"5.6",fill:"#fff"}),e.jsx("circle",{cx:"10",cy:"8",r:"1.1",fill:"#fff"}),e.jsx("circle",{cx:"14",cy:"8",r:"1.1",fill:"#fff"}),e.jsx("path",{d:"M10.3 10.2h3.4L12 11.8z",fill:"#f4b400"}),e.jsx("ellipse",{cx:"8",cy:"21",rx:"2.6",ry:"1.2",fill:"#f4b400"}),e.jsx("ellipse",{cx:"16",cy:"21",rx:"2.6",ry:"1.2",fill:"#f4b400"})]}),unknown:e.jsxs("g",{fill:"none",stroke:"#5b6472",strokeWidth:"1.8",strokeLinejoin:"round",children:[e.jsx("rect",{x:"3",y:"4",width:"18",height:"12",rx:"1.5"}),e.jsx("path",{d:"M9 20h6M12 16v4",strokeLinecap:"round"})]})};function $e({os:t,size:n=40,label:o}){return e.jsx("svg",{className:"os-icon","data-os":t,width:n,height:n,viewBox:"0 0 24 24",role:"img","aria-label":o,children:vo[t]})}const Ve='a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';function Y(t){const n=d.useRef(null),o=d.useId(),s=P();d.useEffect(()=>{const a=document.activeElement,r=n.current;return r&&!r.open&&r.showModal(),(r?.querySelector("[data-autofocus]")??r?.querySelector(Ve))?.focus(),()=>{a?.focus?.()}},[]);const l=a=>{if(a.key!=="Tab"||!n.current)return;const r=Array.from(n.current.querySelectorAll(Ve));if(r.length===0)return;const c=r[0],m=r[r.length-1];a.shiftKey&&document.activeElement===c?(a.preventDefault(),m.focus()):!a.shiftKey&&document.activeElement===m&&(a.preventDefault(),c.focus())};return e.jsxs("dialog",{ref:n,className:t.wide?"dialog wide":"dialog","aria-labelledby":o,onKeyDown:l,onCancel:a=>{a.preventDefault(),t.onClose()},children:[e.jsxs("div",{className:"dialog-head",children:[e.jsx("h2",{id:o,children:t.title}),e.jsx("button",{type:"button",className:"icon-button","aria-label":s("common.close"),onClick:t.onClose,children:"×"})]}),t.children]})}function ko({desktop:t,onClose:n}){const o=P(),s=q(zn,{desktopId:t.id}),[l,a]=d.useState(!1),r=s.data?.connectionInfo;return e.jsxs(Y,{title:o("connection.title",{name:t.name}),onClose:n,children:[s.loading&&!r&&e.jsx("p",{"aria-live":"polite",children:o("common.loading")}),e.jsx(O,{error:s.error}),r&&e.jsxs("dl",{className:"facts connection","data-testid":"connection",children:[e.jsx("dt",{children:o("desktop.loginMode")}),e.jsx("dd",{children:r.loginMode==="AD_DOMAIN"?o("desktop.adMode",{domain:r.adDomain??""}):o("desktop.localMode")}),e.jsx("dt",{children:o("connection.autoLogin")}),e.jsx("dd",{children:r.autoLogin?o("common.yes"):o("common.no")}),r.loginMode==="AD_DOMAIN"?e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:o("connection.domain")}),e.jsx("dd",{"data-testid":"ad-domain",children:r.adDomain}),e.jsx("dt",{children:o("login.password")}),e.jsx("dd",{"data-testid":"no-password",children:o("connection.adPassword")})]}):e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:o("login.username")}),e.jsx("dd",{"data-testid":"conn-username",children:r.username??o("connection.none")}),e.jsx("dt",{children:o("login.password")}),e.jsxs("dd",{children:[r.password==null?e.jsx("span",{"data-testid":"no-password",children:o("connection.none")}):l?e.jsx("code",{"data-testid":"conn-password",children:r.password}):e.jsx("span",{children:"••••••••"})," ",r.password!=null&&e.jsx("button",{type:"button",className:"link-button","aria-pressed":l,onClick:()=>a(c=>!c),children:o(l?"connection.hide":"connection.show")})]})]})]}),e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",onClick:n,children:o("common.close")})})]})}function Pe(t){const n=ye(t.osType,t.osDistro);return[n==="unknown"?"":xe[n],t.osDistro&&n==="windows"?t.osDistro:"",t.osVersion??""].filter(Boolean).join(" ")}function gt({d:t,linked:n=!0}){const{t:o,when:s}=se(),[l,a]=d.useState(!1),r=ye(t.osInfo.osType,t.osInfo.osDistro),c=t.osInfo.source==="AGENT"?o("desktop.fromAgent"):t.osInfo.source==="PRESET"?o("desktop.preset"):o("desktop.osUnknown");return e.jsxs("article",{className:"card desktop-card","data-desktop":t.name,"aria-labelledby":`d-${t.id}`,children:[e.jsxs("div",{className:"card-head",children:[e.jsx($e,{os:r,label:r==="unknown"?o("desktop.osUnknown"):xe[r]}),e.jsxs("div",{children:[e.jsx("h2",{id:`d-${t.id}`,className:"card-title",children:n?e.jsx(ee,{to:`/my/desktops/${encodeURIComponent(t.id)}`,children:t.name}):t.name}),e.jsxs("p",{className:"muted os-line",children:[Pe(t.osInfo)||o("desktop.osUnknown")," · ",e.jsx("span",{className:`origin origin-${t.osInfo.source.toLowerCase()}`,children:c})]})]})]}),e.jsxs("dl",{className:"facts",children:[e.jsx("dt",{children:o("desktop.loginMode")}),e.jsx("dd",{children:t.loginMode==="AD_DOMAIN"?o("desktop.adMode",{domain:t.adDomain??""}):o("desktop.localMode")}),e.jsx("dt",{children:o("desktop.agent")}),e.jsx("dd",{children:t.agent.connected?e.jsx("span",{className:"badge ok",children:o("desktop.agentConnected")}):t.agent.lastReportAt?o("desktop.agentLast",{at:s(t.agent.lastReportAt)}):o("desktop.agentNever")}),e.jsx("dt",{children:o("desktop.platform")}),e.jsx("dd",{children:t.platform.name})]}),t.removedFromPlatform&&e.jsx("p",{className:"badge warn",children:o("desktop.removed")}),e.jsx("button",{type:"button",className:"primary",onClick:()=>a(!0),children:o("desktop.connection")}),l&&e.jsx(ko,{desktop:t,onClose:()=>a(!1)})]})}function Io(){const t=P(),n=q(at,{first:100}),o=d.useMemo(()=>n.data?.desktops.edges.map(l=>l.node),[n.data]),[s]=ge(o,n.reload,!0);return e.jsxs("section",{children:[e.jsx("h1",{children:t("nav.myDesktops")}),e.jsx(O,{error:n.error}),n.loading&&!n.data&&e.jsx("p",{"aria-live":"polite",children:t("common.loading")}),n.data&&s.length===0&&e.jsx("p",{children:t("my.none")}),e.jsx("div",{className:"cards",children:s.map(l=>e.jsx(gt,{d:l},l.id))})]})}function wo({id:t}){const n=P(),o=q(rt,{id:t}),s=o.data?.node,l=d.useMemo(()=>s&&s.__typename==="Desktop"?[s]:o.data?[]:void 0,[s,o.data]),[a]=ge(l,o.reload,!1,t);return e.jsxs("section",{children:[e.jsx("p",{children:e.jsxs(ee,{to:"/my/desktops",children:["← ",n("nav.myDesktops")]})}),e.jsx(O,{error:o.error}),o.data&&a.length===0&&e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n("common.notFoundTitle")}),e.jsx("p",{"data-testid":"not-found",children:n("common.objectNotFound")})]}),a[0]&&e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:a[0].name}),e.jsx("div",{className:"cards",children:e.jsx(gt,{d:a[0],linked:!1})})]})]})}const yt=["zone","cluster","host","instanceOffering","network","storagePolicy"],Ae=["cpuCores","memoryMib"],xt=[...yt,...Ae];function Fe(t){const n={};for(const o of xt)n[o]=t?.[o]!=null?String(t[o]):"";return n}class Co extends Error{}function bt(t){const n={};let o=!1;for(const s of yt)t[s].trim()&&(n[s]=t[s].trim(),o=!0);for(const s of Ae)if(t[s].trim()){const l=Number(t[s]);if(!Number.isInteger(l)||l<=0)throw new Co(s);n[s]=l,o=!0}return o?n:null}function jt(t){const n=P();return e.jsxs("fieldset",{className:"placement",children:[e.jsx("legend",{className:t.legendHidden?"sr-only":void 0,children:t.legend}),t.hint&&e.jsx("p",{className:"muted small",children:t.hint}),e.jsx("div",{className:"placement-grid",children:xt.map(o=>e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n(`placement.${o}`)}),e.jsx("input",{value:t.value[o],inputMode:Ae.includes(o)?"numeric":void 0,onChange:s=>t.onChange({...t.value,[o]:s.target.value})})]},o))})]})}function St(t){return(t??[]).map(n=>({project:n.project,tenant:n.tenant,placement:Fe(n.placement)}))}function vt(t){return t.map(n=>({project:n.project.trim(),tenant:n.tenant.trim(),placement:bt(n.placement)})).filter(n=>n.project||n.tenant)}function kt({value:t,onChange:n}){const o=P(),s=(l,a)=>n(t.map((r,c)=>c===l?{...r,...a}:r));return e.jsxs("fieldset",{className:"mapping",children:[e.jsx("legend",{children:o("platform.mapping")}),t.length===0&&e.jsx("p",{className:"muted small",children:o("platform.noMapping")}),t.map((l,a)=>e.jsxs("div",{className:"mapping-row","data-project":l.project,children:[e.jsxs("div",{className:"mapping-line",children:[e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:o("platform.project")}),e.jsx("input",{value:l.project,onChange:r=>s(a,{project:r.target.value})})]}),e.jsx("span",{"aria-hidden":"true",children:"→"}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:o("platform.tenantSlug")}),e.jsx("input",{value:l.tenant,onChange:r=>s(a,{tenant:r.target.value})})]}),e.jsx("button",{type:"button",onClick:()=>n(t.filter((r,c)=>c!==a)),"aria-label":o("platform.removeMapping",{project:l.project||String(a+1)}),children:"×"})]}),e.jsxs("details",{open:Object.values(l.placement).some(r=>r!==""),children:[e.jsx("summary",{children:o("platform.tenantPlacement",{tenant:l.tenant||l.project||String(a+1)})}),e.jsx(jt,{legend:o("platform.tenantPlacement",{tenant:l.tenant||l.project||String(a+1)}),legendHidden:!0,hint:o("platform.tenantPlacementHint"),value:l.placement,onChange:r=>s(a,{placement:r})})]})]},a)),e.jsx("button",{type:"button",onClick:()=>n([...t,{project:"",tenant:"",placement:Fe(null)}]),children:o("platform.addMapping")})]})}const No=["OPENSTACK","ZSTACK","SMARTX","WXSTACK"];function Do(t){const n=P(),o=t.platform,[s,l]=d.useState(o?.name??""),[a,r]=d.useState(o?.kind??"OPENSTACK"),[c,m]=d.useState(o?.endpoint??""),[p,u]=d.useState(""),[b,y]=d.useState(!1),[g,f]=d.useState(St(o?.projectTenants)),[w,D]=d.useState(o?.syncIntervalSeconds!=null?String(o.syncIntervalSeconds):""),[C,T]=d.useState(o?.uefiSetting==null?"":String(o.uefiSetting)),[j,F]=d.useState(Fe(o?.placement)),[$,_]=d.useState(!1),[B,L]=d.useState(null),i=async x=>{x.preventDefault(),L(null);const N=w.trim()===""?null:Number(w);if(N!=null&&(!Number.isInteger(N)||N<60||N>604800))return L(n("platform.intervalRange"));let R,Q;try{R=bt(j),Q=vt(g)}catch{return L(n("platform.placementNumber"))}const I=C===""?null:C==="true";_(!0);try{o?await K(Ze,{input:{id:o.id,name:s.trim(),endpoint:c.trim(),...b?{secret:""}:p?{secret:p}:{},projectTenants:Q,syncIntervalSeconds:N,placement:R,uefi:I}}):await K(Tn,{input:{name:s.trim(),kind:a,endpoint:c.trim(),secret:p||null,projectTenants:Q,syncIntervalSeconds:N,placement:R,uefi:I}}),u(""),t.onSaved()}catch(A){L(A)}finally{_(!1)}};return e.jsx(Y,{title:o?n("platform.editTitle",{name:o.name}):n("platform.add"),onClose:t.onClose,wide:!0,children:e.jsxs("form",{onSubmit:i,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("col.name")}),e.jsx("input",{value:s,onChange:x=>l(x.target.value),required:!0,"data-autofocus":!0})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("platform.kind")}),e.jsx("select",{value:a,onChange:x=>r(x.target.value),disabled:!!o,children:No.map(x=>e.jsx("option",{value:x,children:n(`kind.${x}`)},x))})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("platform.endpoint")}),e.jsx("input",{value:c,onChange:x=>m(x.target.value),required:!0,placeholder:"https://… | sim://name?images=10"})]}),e.jsxs("label",{className:"field",children:[e.jsxs("span",{children:[n("platform.secret")," ",o&&e.jsx("span",{className:"badge","data-testid":"secret-state",children:o.hasSecret?n("common.set"):n("common.notSet")})]}),e.jsx("input",{type:"password",value:p,onChange:x=>u(x.target.value),autoComplete:"new-password",disabled:b,placeholder:o?.hasSecret?n("source.passwordKeep"):""})]}),o?.hasSecret&&e.jsxs("label",{className:"check",children:[e.jsx("input",{type:"checkbox",checked:b,onChange:x=>y(x.target.checked)}),e.jsx("span",{children:n("platform.dropSecret")})]}),e.jsx(kt,{value:g,onChange:f}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("platform.interval")}),e.jsx("input",{inputMode:"numeric",value:w,onChange:x=>D(x.target.value),placeholder:n("platform.onDemand")})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("platform.uefi")}),e.jsxs("select",{value:C,onChange:x=>T(x.target.value),children:[e.jsx("option",{value:"",children:n("platform.uefiAsk")}),e.jsx("option",{value:"true",children:n("platform.uefiYes")}),e.jsx("option",{value:"false",children:n("platform.uefiNo")})]})]}),e.jsx(jt,{legend:n("platform.placement"),hint:n("platform.placementHint"),value:j,onChange:F}),e.jsx(O,{error:B}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:$,children:n("common.save")})]})]})})}function Oe({run:t}){const{t:n,when:o}=se();if(!t)return e.jsx("span",{className:"muted",children:n("platform.neverSynced")});const s=t.status==="SUCCEEDED"?"ok":t.status==="FAILED"?"bad":"";return e.jsxs("span",{children:[e.jsx("span",{className:`badge ${s}`,children:n(`sync.${t.status}`)})," ",e.jsx("time",{dateTime:t.finishedAt??t.startedAt,children:o(t.finishedAt??t.startedAt)}),e.jsxs("div",{className:"muted small",children:[n("sync.counts",{added:t.added,updated:t.updated,removed:t.removed}),t.error&&` · ${t.error}`]})]})}function It({c:t}){const n=P();return e.jsxs("ul",{className:"caps",children:[e.jsx("li",{children:t.resourceModel==="IMAGES"?n("cap.images"):n("cap.templates")}),e.jsx("li",{className:t.bootModeEditable?"":"muted",children:t.bootModeEditable?n("cap.bootEditable"):n("cap.bootFixed")}),e.jsx("li",{className:t.videoModelEditable?"":"muted",children:t.videoModelEditable?n("cap.videoEditable"):n("cap.videoFixed")}),t.bootModeCopy&&e.jsx("li",{children:n("cap.copy")}),e.jsx("li",{className:t.uefi?"":"muted",children:t.uefi?n("cap.uefi"):n("cap.noUefi")})]})}function wt({platform:t,onDone:n}){const o=P(),[s,l]=d.useState({added:0,updated:0,removed:0,imported:0}),[a,r]=d.useState([]),[c,m]=d.useState(null),[p,u]=d.useState(!1),[b,y]=d.useState(null),g=d.useRef(null);d.useEffect(()=>()=>g.current?.(),[]);const f=async()=>{u(!0),y(null),m(null),r([]),l({added:0,updated:0,removed:0,imported:0}),g.current?.(),g.current=Te(Je,{platformId:t.id},w=>{const D=w.syncEvents;m(D.run),l(T=>({added:T.added+(D.kind==="SOURCE_ADDED"?1:0),updated:T.updated+(D.kind==="SOURCE_UPDATED"?1:0),removed:T.removed+(D.kind==="SOURCE_REMOVED"?1:0),imported:T.imported+(D.kind==="DESKTOP_IMPORTED"?1:0)}));const C=D.message??(D.source?`${o(`syncEvent.${D.kind}`)}: ${D.source.name}`:o(`syncEvent.${D.kind}`));r(T=>[...T.slice(-7),C])},()=>{});try{await ht();const w=await K($n,{id:t.id});m(w.syncCloudPlatform),n()}catch(w){y(w)}finally{u(!1)}};return e.jsxs("div",{className:"sync-panel",children:[e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",className:"primary",onClick:()=>{f()},disabled:p,"data-autofocus":!0,children:o(p?"platform.syncing":"platform.syncNow")})}),e.jsx("p",{"aria-live":"polite","data-testid":"sync-live",children:p||c?o("sync.live",s):""}),a.length>0&&e.jsx("ul",{className:"steps small",children:a.map((w,D)=>e.jsx("li",{children:w},D))}),e.jsx(O,{error:b}),c&&!p&&e.jsxs("div",{role:"status","data-testid":"sync-result","data-status":c.status,children:[e.jsx(Oe,{run:c}),c.notes.length>0&&e.jsx("ul",{className:"small",children:c.notes.map((w,D)=>e.jsx("li",{children:w},D))})]})]})}function Eo(){const t=P(),n=q(Dn,{}),[o,s]=d.useState(null),[l,a]=d.useState(null),[r,c]=d.useState(null),m=Z(Mn),p=n.data?.cloudPlatforms??[];return e.jsxs("section",{children:[e.jsxs("div",{className:"page-head",children:[e.jsx("h1",{children:t("nav.platforms")}),e.jsx("button",{type:"button",className:"primary",onClick:()=>s("new"),children:t("platform.add")})]}),e.jsx(O,{error:n.error}),e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:t("nav.platforms")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t("col.name")}),e.jsx("th",{scope:"col",children:t("platform.kind")}),e.jsx("th",{scope:"col",children:t("platform.endpoint")}),e.jsx("th",{scope:"col",children:t("platform.availability")}),e.jsx("th",{scope:"col",children:t("platform.lastSync")}),e.jsx("th",{scope:"col",children:t("platform.capabilities")}),e.jsx("th",{scope:"col",children:t("col.actions")})]})}),e.jsx("tbody",{children:p.map(u=>e.jsxs("tr",{"data-platform":u.name,children:[e.jsx("th",{scope:"row",children:e.jsx(ee,{to:`/system/platforms/${encodeURIComponent(u.id)}`,children:u.name})}),e.jsx("td",{children:t(`kind.${u.kind}`)}),e.jsx("td",{className:"mono small",children:u.endpoint}),e.jsx("td",{children:u.available==null?e.jsx("span",{className:"badge",children:t("platform.neverSynced")}):u.available?e.jsx("span",{className:"badge ok",children:t("platform.available")}):e.jsx("span",{className:"badge bad",children:t("platform.unavailable")})}),e.jsx("td",{children:e.jsx(Oe,{run:u.lastSync})}),e.jsx("td",{children:e.jsx(It,{c:u.capabilities})}),e.jsx("td",{children:e.jsxs("div",{className:"row-actions",children:[e.jsx("button",{type:"button",onClick:()=>c(u),"aria-label":t("platform.syncOf",{name:u.name}),children:t("platform.sync")}),e.jsx("button",{type:"button",onClick:()=>s(u),"aria-label":t("platform.editOf",{name:u.name}),children:t("common.edit")}),e.jsx("button",{type:"button",className:"danger",onClick:()=>a(u),"aria-label":t("platform.removeOf",{name:u.name}),children:t("common.remove")})]})})]},u.id))})]})}),o&&e.jsx(Do,{platform:o==="new"?null:o,onClose:()=>s(null),onSaved:()=>{s(null),n.reload()}}),r&&e.jsx(Y,{title:t("platform.syncTitle",{name:r.name}),onClose:()=>c(null),wide:!0,children:e.jsx(wt,{platform:r,onDone:n.reload})}),l&&e.jsxs(Y,{title:t("platform.removeTitle",{name:l.name}),onClose:()=>a(null),children:[e.jsx("p",{children:t("platform.removeConfirm")}),e.jsx(O,{error:m.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:()=>a(null),"data-autofocus":!0,children:t("common.cancel")}),e.jsx("button",{type:"button",className:"danger",disabled:m.busy,onClick:async()=>{await m.run({id:l.id})&&(a(null),n.reload())},children:t("common.remove")})]})]})]})}function ue(){const[t,n]=d.useState([null]),o=t[t.length-1],s=d.useCallback(r=>{r&&n(c=>[...c,r])},[]),l=d.useCallback(()=>n(r=>r.length>1?r.slice(0,-1):r),[]),a=d.useCallback(()=>n([null]),[]);return{after:o,page:t.length,next:s,prev:l,reset:a}}function me(t){const n=P();return e.jsxs("div",{className:"pager",role:"group","aria-label":n("pager.label"),children:[e.jsx("button",{type:"button",onClick:t.onPrev,disabled:t.page<=1,children:n("pager.prev")}),e.jsxs("span",{"aria-live":"polite","data-testid":"pager-total","data-total":t.total??"",children:[n("pager.page",{page:t.page}),t.total!=null&&` · ${n("pager.total",{total:t.total})}`]}),e.jsx("button",{type:"button",onClick:()=>t.onNext(t.pageInfo?.endCursor),disabled:!t.pageInfo?.hasNextPage,children:n("pager.next")})]})}const To=["VIDEO_MODEL_NOT_VIRTIO","BOOT_MODE_UNKNOWN","REMOVED_FROM_PLATFORM","STATUS_NOT_ACTIVE","UEFI_NOT_SUPPORTED"];function Ct({readiness:t}){const n=P();return t.ready?e.jsx("span",{className:"badge ok","data-ready":"true",children:n("ready.yes")}):e.jsx("span",{className:"readiness","data-ready":"false",children:t.problems.map(o=>e.jsxs("span",{className:"badge warn","data-problem":o.code,title:o.message,children:[To.includes(o.code)?n(`ready.${o.code}`):o.code,e.jsxs("span",{className:"sr-only",children:[": ",o.message]})]},o.code))})}function Mo(t){const{t:n,time:o}=se(),s=t.source,l=s.platform.capabilities,a=l.bootModeEditable&&!t.video,r=s.bootMode==="UEFI"?"BIOS":"UEFI",[c,m]=d.useState(t.video?s.bootMode??"UEFI":r),[p,u]=d.useState(t.video??""),[b,y]=d.useState(`${s.name}-${t.video?t.video.toLowerCase():r.toLowerCase()}`),g=c===s.bootMode&&(p===""||p===s.videoModel),[f,w]=d.useState(!1),[D,C]=d.useState(null),[T,j]=d.useState([]),[F,$]=d.useState(null),_=d.useRef(null);d.useEffect(()=>()=>_.current?.(),[]);const B=async()=>{w(!0),C(null);try{const i=await K(_n,{input:{id:s.id,bootMode:c}});t.onChanged(i.setBootMode),$(n("boot.changed",{mode:i.setBootMode.bootMode??c}))}catch(i){C(i)}finally{w(!1)}},L=async()=>{w(!0),C(null),j([]),$(null),_.current?.(),_.current=Te(Je,{platformId:s.platform.id},i=>{const x=i.syncEvents,N=x.kind==="PROGRESS"?x.message??"":x.kind==="STARTED"?n("boot.stepStarted"):x.kind==="FINISHED"?n("boot.stepFinished"):x.kind==="FAILED"?n("boot.stepFailed",{message:x.message??x.run.error??""}):x.kind==="SOURCE_ADDED"?n("boot.stepAdded",{name:x.source?.name??""}):"";N&&j(R=>[...R,{at:x.at,kind:x.kind,text:N}])},()=>{});try{await ht();const i=await K(Un,{input:{id:s.id,bootMode:c,videoModel:p||null,name:b.trim()}});$(n("boot.copied",{name:i.copyWithBootMode.name,mode:i.copyWithBootMode.bootMode??c})),t.onCopied()}catch(i){C(i)}finally{w(!1)}};return e.jsxs(Y,{title:n("boot.title",{name:s.name}),onClose:t.onClose,wide:!0,children:[e.jsx("p",{children:n("boot.current",{mode:s.bootMode??n("boot.unknown")})}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("boot.target")}),e.jsxs("select",{value:c,onChange:i=>m(i.target.value),"data-autofocus":!0,children:[e.jsx("option",{value:"BIOS",children:"BIOS"}),e.jsx("option",{value:"UEFI",children:"UEFI"})]})]}),a?e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",className:"primary",disabled:f||c===s.bootMode,onClick:()=>{B()},children:n("boot.change")})}):e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"notice warn",role:"note","data-testid":"boot-not-editable",children:[e.jsx("p",{children:n(t.video?"error.VIDEO_MODEL_NOT_EDITABLE":"error.BOOT_MODE_NOT_EDITABLE")}),e.jsx("p",{children:l.bootModeCopy?n("boot.workaround",{platform:s.platform.name}):n("boot.noCopy")})]}),l.bootModeCopy&&e.jsxs(e.Fragment,{children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("boot.copyVideo")}),e.jsxs("select",{value:p,onChange:i=>u(i.target.value),children:[e.jsxs("option",{value:"",children:[n("boot.keepVideo")," (",s.videoModel?s.videoModel.toLowerCase():"?",")"]}),e.jsx("option",{value:"VIRTIO",children:"virtio"}),e.jsx("option",{value:"QXL",children:"qxl"}),e.jsx("option",{value:"VGA",children:"vga"}),e.jsx("option",{value:"CIRRUS",children:"cirrus"})]})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("boot.copyName")}),e.jsx("input",{value:b,onChange:i=>y(i.target.value)})]}),e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",className:"primary",disabled:f||g||!b.trim(),onClick:()=>{L()},children:n("boot.copy",{mode:c})})})]})]}),T.length>0&&e.jsx("ol",{className:"steps","aria-live":"polite","aria-label":n("boot.progress"),"data-testid":"copy-steps",children:T.map((i,x)=>e.jsxs("li",{"data-kind":i.kind,children:[e.jsx("time",{dateTime:i.at,children:o(i.at)})," ",i.text]},x))}),f&&e.jsx("p",{"aria-live":"polite",children:n("common.working")}),e.jsx(O,{error:D}),F&&e.jsx("p",{className:"notice",role:"status","data-testid":"boot-result",children:F}),e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.close")})})]})}const $o=["win10","win11","win2019","win2022","ubuntu","debian","centos","uos","kylin"];function Po(t){const n=P(),o=t.source,[s,l]=d.useState(o.osType??""),[a,r]=d.useState(o.osDistro??""),[c,m]=d.useState(o.osUsername??""),[p,u]=d.useState(""),[b,y]=d.useState(!1),[g,f]=d.useState(null),[w,D]=d.useState(!1),[C,T]=d.useState(null),[j,F]=d.useState(null),$=async i=>{i.preventDefault(),f(null),D(!1),F(null);const x=c.trim();if(p&&!x)return f(n("source.needUser"));if(!p&&x&&x!==(o.osUsername??""))return f(n("source.needPassword"));y(!0);try{let N=o;(s!==(o.osType??"")||a.trim()!==(o.osDistro??""))&&(N=(await K(An,{input:{id:o.id,osType:s||null,osDistro:a.trim().toLowerCase()||null,expectedVersion:N.version}})).setOsInfo);let R=!1;p&&(N=(await K(Fn,{input:{id:o.id,username:x,password:p,expectedVersion:N.version}})).setOsCredentials,R=!0,u("")),t.onSaved(N),D(!0),R&&await _()}catch(N){f(N)}finally{y(!1)}},_=async()=>{try{const i=await K(_e,{sourceId:o.id,dryRun:!0});T(i.updateCredentialsFromSource)}catch(i){(!(i instanceof ne)||i.code!=="FORBIDDEN")&&f(i)}},B=async()=>{y(!0),f(null);try{const i=await K(On,{id:o.id});m(""),t.onSaved(i.clearOsCredentials),D(!0)}catch(i){f(i)}finally{y(!1)}},L=async()=>{y(!0);try{const i=await K(_e,{sourceId:o.id,dryRun:!1});F(i.updateCredentialsFromSource),T(0)}catch(i){f(i)}finally{y(!1)}};return e.jsx(Y,{title:n("source.editTitle",{name:o.name}),onClose:t.onClose,children:e.jsxs("form",{onSubmit:$,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("source.osType")}),e.jsxs("select",{value:s,onChange:i=>l(i.target.value),"data-autofocus":!0,children:[e.jsx("option",{value:"",children:n("source.osNone")}),e.jsx("option",{value:"windows",children:"Windows"}),e.jsx("option",{value:"linux",children:"Linux"})]})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("source.osDistro")}),e.jsx("input",{list:"distros",value:a,onChange:i=>r(i.target.value)}),e.jsx("datalist",{id:"distros",children:$o.map(i=>e.jsx("option",{value:i},i))})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("col.systemUser")}),e.jsx("input",{value:c,onChange:i=>m(i.target.value),autoComplete:"off"})]}),e.jsxs("label",{className:"field",children:[e.jsxs("span",{children:[n("col.systemPassword")," ",e.jsx("span",{className:"badge","data-testid":"password-state",children:o.hasOsPassword?n("common.set"):n("common.notSet")})]}),e.jsx("input",{type:"password",value:p,onChange:i=>u(i.target.value),autoComplete:"new-password",placeholder:o.hasOsPassword?n("source.passwordKeep"):""})]}),e.jsx(O,{error:g}),w&&e.jsx("p",{className:"notice",role:"status",children:n("common.saved")}),C!=null&&C>0&&e.jsxs("div",{className:"notice",role:"status",children:[e.jsx("p",{children:n("source.staleCount",{count:C})}),e.jsx("button",{type:"button",onClick:()=>{L()},disabled:b,children:n("desktops.updateCredentials")})]}),j!=null&&e.jsx("p",{className:"notice",role:"status",children:n("desktops.updatedCount",{count:j})}),e.jsxs("div",{className:"actions",children:[(o.hasOsPassword||o.osUsername)&&e.jsx("button",{type:"button",onClick:()=>{B()},disabled:b,children:n("source.clearCredentials")}),e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.close")}),e.jsx("button",{type:"submit",className:"primary",disabled:b,children:n("common.save")})]})]})})}function Nt(t){return[t.osType,t.osDistro].filter(Boolean).join(" / ")}function Dt(t){const n=P(),[o,s]=d.useState(null),[l,a]=d.useState(null),r=Z(Rn),[c,m]=d.useState(null),p=async u=>{if(!u.platform.capabilities.videoModelEditable)return a({s:u,virtio:!0});m(u.id);const b=await r.run({input:{id:u.id,videoModel:"VIRTIO"}});b&&t.onChanged(b.setVideoModel)};return e.jsxs("div",{className:"table-wrap",children:[c&&e.jsx(O,{error:r.error}),e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:t.caption}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n("col.name")}),e.jsx("th",{scope:"col",children:n("col.platform")}),e.jsx("th",{scope:"col",children:n("col.bootMode")}),e.jsx("th",{scope:"col",children:n("col.video")}),e.jsx("th",{scope:"col",children:n("col.os")}),e.jsx("th",{scope:"col",children:n("col.credentials")}),e.jsx("th",{scope:"col",children:n("col.readiness")}),e.jsx("th",{scope:"col",children:n("col.actions")})]})}),e.jsxs("tbody",{children:[t.rows.map(u=>e.jsxs("tr",{"data-source":u.name,children:[e.jsxs("th",{scope:"row",children:[u.name,e.jsx("div",{className:"muted small",children:u.tenant?`${u.externalId} · ${u.tenant.slug}`:u.externalId})]}),e.jsx("td",{children:u.platform.name}),e.jsx("td",{"data-boot":u.bootMode??"",children:u.bootMode??"—"}),e.jsx("td",{"data-video":u.videoModel??"",children:u.videoModel?u.videoModel.toLowerCase():"—"}),e.jsx("td",{children:Nt(u)||"—"}),e.jsxs("td",{children:[u.osUsername??"—",u.hasOsPassword!=null&&e.jsxs("div",{className:"muted small",children:[n("col.systemPassword"),": ",u.hasOsPassword?n("common.set"):n("common.notSet")]})]}),e.jsx("td",{children:e.jsx(Ct,{readiness:u.readiness})}),e.jsx("td",{children:e.jsxs("div",{className:"row-actions",children:[u.hasOsPassword!=null&&e.jsx("button",{type:"button",onClick:()=>s(u),"aria-label":n("source.editOf",{name:u.name}),children:n("common.edit")}),t.system&&u.videoModel!=="VIRTIO"&&(u.platform.capabilities.videoModelEditable||u.platform.capabilities.bootModeCopy)&&!u.removedFromPlatform&&e.jsx("button",{type:"button",disabled:r.busy,onClick:()=>{p(u)},"aria-label":n("source.virtioOf",{name:u.name}),children:n("source.virtio")}),t.system&&!u.removedFromPlatform&&e.jsx("button",{type:"button",onClick:()=>a({s:u,virtio:!1}),"aria-label":n("source.bootOf",{name:u.name}),children:n("source.boot")})]})})]},u.id)),t.rows.length===0&&e.jsx("tr",{children:e.jsx("td",{colSpan:8,className:"muted",children:n("common.empty")})})]})]}),o&&e.jsx(Po,{source:o,onClose:()=>s(null),onSaved:u=>{t.onChanged(u),s(u)}}),l&&e.jsx(Mo,{source:l.s,video:l.virtio?"VIRTIO":void 0,onClose:()=>a(null),onChanged:t.onChanged,onCopied:t.onAdded})]})}function Ao({id:t}){const n=P(),o=ue(),[s,l]=d.useState(!0),a=q(Pn,{id:t,first:50,after:o.after,images:s}),r=a.data?.node,c=r&&"kind"in r?r:null;d.useEffect(()=>{c&&c.capabilities.resourceModel==="IMAGES"!==s&&l(!s)},[c,s]);const m=(c?s?c.images:c.templates:void 0)??void 0,[p,u]=d.useState([]);d.useEffect(()=>u(m?.edges.map(j=>j.node)??[]),[m]);const[b,y]=d.useState(null),[g,f]=d.useState(null),[w,D]=d.useState(!1);if(a.data&&!c)return e.jsxs("section",{children:[e.jsx("p",{children:e.jsxs(ee,{to:"/system/platforms",children:["← ",n("nav.platforms")]})}),e.jsx("h1",{children:n("common.notFoundTitle")}),e.jsx("p",{"data-testid":"not-found",children:n("common.objectNotFound")})]});const C=b??St(c?.projectTenants),T=async()=>{if(!c)return;f(null),D(!1);let j;try{j=vt(C)}catch{return f(n("platform.placementNumber"))}try{await K(Ze,{input:{id:c.id,projectTenants:j}}),D(!0),y(null),a.reload()}catch(F){f(F)}};return e.jsxs("section",{children:[e.jsx("p",{children:e.jsxs(ee,{to:"/system/platforms",children:["← ",n("nav.platforms")]})}),e.jsx(O,{error:a.error}),c&&e.jsxs(e.Fragment,{children:[e.jsxs("h1",{children:[c.name," ",e.jsx("span",{className:"muted small",children:n(`kind.${c.kind}`)})]}),e.jsxs("div",{className:"panels",children:[e.jsxs("div",{className:"panel",children:[e.jsx("h2",{children:n("platform.capabilities")}),e.jsx(It,{c:c.capabilities}),e.jsx("h2",{children:n("platform.lastSync")}),e.jsx(Oe,{run:c.lastSync})]}),e.jsxs("div",{className:"panel",children:[e.jsx("h2",{children:n("platform.sync")}),e.jsx(wt,{platform:c,onDone:a.reload})]}),e.jsxs("div",{className:"panel",children:[e.jsx(kt,{value:C,onChange:y}),e.jsx(O,{error:g}),w&&e.jsx("p",{className:"notice",role:"status",children:n("common.saved")}),e.jsx("button",{type:"button",className:"primary",onClick:()=>{T()},children:n("platform.saveMapping")})]})]}),e.jsx("h2",{children:n(s?"platform.images":"platform.templates")}),e.jsx(Dt,{caption:n(s?"platform.images":"platform.templates"),rows:p,system:!0,onChanged:j=>u(F=>F.map($=>$.id===j.id?j:$)),onAdded:a.reload}),e.jsx(me,{page:o.page,total:m?.totalCount,pageInfo:m?.pageInfo,onNext:o.next,onPrev:o.prev})]})]})}const Fo={vdiImages:et,vdiTemplates:tt,customImages:nt,customTemplates:ot},Oo={vdiImages:"VdiImages",vdiTemplates:"VdiTemplates",customImages:"CustomImages",customTemplates:"CustomTemplates"},qe={vdiImages:"nav.systemImages",vdiTemplates:"nav.systemTemplates",customImages:"nav.customImages",customTemplates:"nav.customTemplates"},Ro=50;function _o(t,n){const[o,s]=d.useState(t);return d.useEffect(()=>{const l=setTimeout(()=>s(t),n);return()=>clearTimeout(l)},[t,n]),o}function fe({kind:t}){const n=P(),o=ue(),[s,l]=d.useState(""),[a,r]=d.useState(""),[c,m]=d.useState(""),[p,u]=d.useState(""),[b,y]=d.useState(""),[g,f]=d.useState(!1),w=_o(s.trim(),250),{reset:D}=o;d.useEffect(D,[t,w,a,c,p,b,g,D]);const C=q(En,{}),T={nameContains:w||null,platformId:a||null,ready:c===""?null:c==="true",osType:p||null,bootMode:b||null,includeRemoved:g},j=q(Fo[t],{first:Ro,after:o.after,filter:T}),F=j.data?j.data[t]:void 0,[$,_]=d.useState([]);d.useEffect(()=>{F&&_(F.edges.map(i=>i.node))},[F]),d.useLayoutEffect(()=>{const i=`xspace:data:${Oo[t]}`;!$.length||performance.getEntriesByName(i).length===0||(performance.measure("xspace:rows-render",i),requestAnimationFrame(()=>setTimeout(()=>performance.measure("xspace:rows-painted",i),0)))},[$,t]);const B=t==="vdiTemplates"||t==="customTemplates",L=(C.data?.cloudPlatforms??[]).filter(i=>i.capabilities.resourceModel===(B?"TEMPLATES":"IMAGES"));return e.jsxs("section",{children:[e.jsx("h1",{children:n(qe[t])}),e.jsx("p",{className:"muted",children:n(t.startsWith("vdi")?"sources.introSystem":"sources.introCustom")}),e.jsxs("form",{className:"filters",role:"search",onSubmit:i=>i.preventDefault(),children:[e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.search")}),e.jsx("input",{type:"search",value:s,onChange:i=>l(i.target.value)})]}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.platform")}),e.jsxs("select",{value:a,onChange:i=>r(i.target.value),children:[e.jsx("option",{value:"",children:n("filter.any")}),L.map(i=>e.jsx("option",{value:i.id,children:i.name},i.id))]})]}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.readiness")}),e.jsxs("select",{value:c,onChange:i=>m(i.target.value),children:[e.jsx("option",{value:"",children:n("filter.any")}),e.jsx("option",{value:"true",children:n("ready.yes")}),e.jsx("option",{value:"false",children:n("ready.no")})]})]}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.bootMode")}),e.jsxs("select",{value:b,onChange:i=>y(i.target.value),children:[e.jsx("option",{value:"",children:n("filter.any")}),e.jsx("option",{value:"BIOS",children:"BIOS"}),e.jsx("option",{value:"UEFI",children:"UEFI"})]})]}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.os")}),e.jsxs("select",{value:p,onChange:i=>u(i.target.value),children:[e.jsx("option",{value:"",children:n("filter.any")}),e.jsx("option",{value:"windows",children:"Windows"}),e.jsx("option",{value:"linux",children:"Linux"})]})]}),e.jsxs("label",{className:"check",children:[e.jsx("input",{type:"checkbox",checked:g,onChange:i=>f(i.target.checked)}),e.jsx("span",{children:n("filter.includeRemoved")})]})]}),e.jsx(O,{error:j.error||C.error}),j.loading&&e.jsx("p",{className:"muted","aria-live":"polite",children:n("common.loading")}),e.jsx(Dt,{caption:n(qe[t]),rows:$,system:t.startsWith("vdi"),onChanged:i=>_(x=>x.map(N=>N.id===i.id?i:N)),onAdded:()=>j.reload()}),e.jsx(me,{page:o.page,total:F?.totalCount,pageInfo:F?.pageInfo,onNext:o.next,onPrev:o.prev})]})}function We({viewer:t}){const n=P(),o=t.role==="SYSTEM_ADMIN",s=q(Ln,{first:100},!o),[l,a]=d.useState(""),r=ue(),c=q(st,{first:50,after:r.after,tenantId:l||null}),[m,p]=d.useState(!1),[u,b]=d.useState(!1),y=Z(qn),g=s.data?.tenants.edges.map(f=>f.node)??[];return e.jsxs("section",{children:[e.jsx("h1",{children:n(o?"nav.tenants":"nav.users")}),o&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"page-head",children:[e.jsx("h2",{children:n("accounts.tenants")}),e.jsx("button",{type:"button",onClick:()=>p(!0),children:n("accounts.newTenant")})]}),e.jsx(O,{error:s.error}),e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:n("accounts.tenants")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n("accounts.slug")}),e.jsx("th",{scope:"col",children:n("col.name")})]})}),e.jsx("tbody",{children:g.map(f=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:f.slug}),e.jsx("td",{children:f.name})]},f.id))})]})]}),e.jsxs("div",{className:"page-head",children:[e.jsx("h2",{children:n("accounts.users")}),o&&e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("accounts.tenant")}),e.jsxs("select",{value:l,onChange:f=>{a(f.target.value),r.reset()},children:[e.jsx("option",{value:"",children:n("filter.any")}),g.map(f=>e.jsx("option",{value:f.id,children:f.slug},f.id))]})]}),e.jsx("button",{type:"button",onClick:()=>b(!0),children:n("accounts.newUser")})]}),e.jsx(O,{error:c.error||y.error}),e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:n("accounts.users")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n("login.username")}),e.jsx("th",{scope:"col",children:n("accounts.role")}),e.jsx("th",{scope:"col",children:n("accounts.tenant")}),e.jsx("th",{scope:"col",children:n("accounts.status")}),e.jsx("th",{scope:"col",children:n("col.actions")})]})}),e.jsx("tbody",{children:(c.data?.users.edges??[]).map(({node:f})=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:f.username}),e.jsx("td",{children:n(`role.${f.role}`)}),e.jsx("td",{children:f.tenant?.slug??"—"}),e.jsx("td",{children:f.disabled?e.jsx("span",{className:"badge bad",children:n("accounts.disabled")}):e.jsx("span",{className:"badge ok",children:n("accounts.enabled")})}),e.jsx("td",{children:f.id!==t.id&&e.jsx("button",{type:"button",onClick:async()=>{await y.run({id:f.id,disabled:!f.disabled})&&c.reload()},"aria-label":n(f.disabled?"accounts.enableOf":"accounts.disableOf",{name:f.username}),children:f.disabled?n("accounts.enable"):n("accounts.disable")})})]},f.id))})]}),e.jsx(me,{page:r.page,total:c.data?.users.totalCount,pageInfo:c.data?.users.pageInfo,onNext:r.next,onPrev:r.prev}),m&&e.jsx(Uo,{onClose:()=>p(!1),onSaved:()=>{p(!1),s.reload()}}),u&&e.jsx(Lo,{system:o,tenants:g,onClose:()=>b(!1),onSaved:()=>{b(!1),c.reload()}})]})}function Uo(t){const n=P(),[o,s]=d.useState(""),[l,a]=d.useState(""),r=Z(Bn),c=async m=>{m.preventDefault(),await r.run({input:{slug:o.trim(),name:l.trim()}})&&t.onSaved()};return e.jsx(Y,{title:n("accounts.newTenant"),onClose:t.onClose,children:e.jsxs("form",{onSubmit:c,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("accounts.slug")}),e.jsx("input",{value:o,onChange:m=>s(m.target.value),required:!0,"data-autofocus":!0})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("col.name")}),e.jsx("input",{value:l,onChange:m=>a(m.target.value),required:!0})]}),e.jsx(O,{error:r.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:r.busy,children:n("common.save")})]})]})})}function Lo(t){const n=P(),[o,s]=d.useState(""),[l,a]=d.useState(""),[r,c]=d.useState(""),[m,p]=d.useState(t.system?"SYSTEM_ADMIN":"TENANT_USER"),u=Z(Vn),b=async g=>{g.preventDefault();const f={tenantId:t.system&&o||null,username:l.trim(),password:r,role:m};await u.run({input:f})&&t.onSaved()},y=t.system?o?["TENANT_ADMIN","TENANT_USER"]:["SYSTEM_ADMIN"]:["TENANT_ADMIN","TENANT_USER"];return e.jsx(Y,{title:n("accounts.newUser"),onClose:t.onClose,children:e.jsxs("form",{onSubmit:b,children:[t.system&&e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("accounts.tenant")}),e.jsxs("select",{value:o,onChange:g=>{s(g.target.value),p(g.target.value?"TENANT_USER":"SYSTEM_ADMIN")},"data-autofocus":!0,children:[e.jsx("option",{value:"",children:n("accounts.systemNamespace")}),t.tenants.map(g=>e.jsx("option",{value:g.id,children:g.slug},g.id))]})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("login.username")}),e.jsx("input",{value:l,onChange:g=>a(g.target.value),required:!0,autoComplete:"off"})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("login.password")}),e.jsx("input",{type:"password",value:r,onChange:g=>c(g.target.value),required:!0,autoComplete:"new-password"})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("accounts.role")}),e.jsx("select",{value:m,onChange:g=>p(g.target.value),children:y.map(g=>e.jsx("option",{value:g,children:n(`role.${g}`)},g))})]}),e.jsx(O,{error:u.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",children:n("common.save")})]})]})})}function Ke(){const{t,when:n}=se(),o=ue(),s=q(Wn,{first:50,after:o.after}),l=s.data?.auditLog;return e.jsxs("section",{children:[e.jsxs("div",{className:"page-head",children:[e.jsx("h1",{children:t("nav.audit")}),e.jsx("button",{type:"button",onClick:s.reload,children:t("common.refresh")})]}),e.jsx(O,{error:s.error}),e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:t("nav.audit")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t("audit.at")}),e.jsx("th",{scope:"col",children:t("audit.actor")}),e.jsx("th",{scope:"col",children:t("audit.action")}),e.jsx("th",{scope:"col",children:t("audit.target")}),e.jsx("th",{scope:"col",children:t("audit.outcome")}),e.jsx("th",{scope:"col",children:t("audit.detail")})]})}),e.jsx("tbody",{children:(l?.edges??[]).map(({node:a})=>e.jsxs("tr",{children:[e.jsx("td",{children:e.jsx("time",{dateTime:a.at,children:n(a.at)})}),e.jsx("td",{children:a.actor?a.actor.tenant?`${a.actor.username}@${a.actor.tenant.slug}`:a.actor.username:t("audit.service")}),e.jsx("th",{scope:"row",className:"mono",children:a.action}),e.jsx("td",{className:"mono small",children:a.targetId??"—"}),e.jsx("td",{children:e.jsx("span",{className:`badge ${a.outcome==="ok"?"ok":a.outcome==="denied"?"bad":"warn"}`,children:a.outcome})}),e.jsx("td",{className:"small",children:a.detail??""})]},a.id))})]})}),e.jsx(me,{page:o.page,total:l?.totalCount,pageInfo:l?.pageInfo,onNext:o.next,onPrev:o.prev})]})}function Et(t,n){return q(st,{first:100,tenantId:n??t.tenant?.id??null})}function Bo({desktop:t,viewer:n,onClose:o}){const s=P(),l=Et(n,t.tenant?.id),[a,r]=d.useState(t.owner?.id??""),c=Z(Yn),m=async p=>{p.preventDefault(),await c.run({desktopId:t.id,ownerId:a||null})&&o()};return e.jsx(Y,{title:s("desktops.assignTitle",{name:t.name}),onClose:o,children:e.jsxs("form",{onSubmit:m,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("desktops.owner")}),e.jsxs("select",{value:a,onChange:p=>r(p.target.value),"data-autofocus":!0,children:[e.jsx("option",{value:"",children:s("desktops.nobody")}),(l.data?.users.edges??[]).filter(p=>p.node.role==="TENANT_USER").map(({node:p})=>e.jsx("option",{value:p.id,children:p.username},p.id))]})]}),e.jsx(O,{error:l.error||c.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:o,children:s("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:c.busy,children:s("common.save")})]})]})})}function Vo({desktop:t,onClose:n}){const o=P(),[s,l]=d.useState(t.credentials.customSet?t.credentials.username??"":""),[a,r]=d.useState(""),c=Z(Qn),m=Z(Xn),p=async u=>{u.preventDefault(),await c.run({input:{desktopId:t.id,username:s.trim(),password:a}})&&n()};return e.jsxs(Y,{title:o("desktops.credentialsTitle",{name:t.name}),onClose:n,children:[e.jsx("p",{className:"muted",children:o("desktops.credentialsIntro")}),t.loginMode==="AD_DOMAIN"&&e.jsx("p",{className:"notice warn",children:o("desktops.adIgnores")}),e.jsxs("form",{onSubmit:p,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:o("login.username")}),e.jsx("input",{value:s,onChange:u=>l(u.target.value),required:!0,autoComplete:"off","data-autofocus":!0})]}),e.jsxs("label",{className:"field",children:[e.jsxs("span",{children:[o("login.password")," ",e.jsx("span",{className:"badge",children:t.credentials.customSet?o("common.set"):o("common.notSet")})]}),e.jsx("input",{type:"password",value:a,onChange:u=>r(u.target.value),required:!0,autoComplete:"new-password"})]}),e.jsx(O,{error:c.error||m.error}),e.jsxs("div",{className:"actions",children:[t.credentials.customSet&&e.jsx("button",{type:"button",onClick:async()=>{await m.run({desktopId:t.id})&&n()},children:o("desktops.clearCustom")}),e.jsx("button",{type:"button",onClick:n,children:o("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:c.busy,children:o("common.save")})]})]})]})}function qo({desktop:t,onClose:n,onDeleted:o}){const s=P(),l=Z(Gn);return e.jsxs(Y,{title:s("desktops.deleteTitle",{name:t.name}),onClose:n,children:[e.jsx("p",{children:s("desktops.deleteConfirm")}),e.jsx(O,{error:l.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:n,"data-autofocus":!0,children:s("common.cancel")}),e.jsx("button",{type:"button",className:"danger",disabled:l.busy,onClick:async()=>{await l.run({id:t.id})&&(o(),n())},children:s("common.delete")})]})]})}const Wo=40;function Ko({viewer:t,onClose:n,onCreated:o}){const s=P(),l={first:100,filter:{includeRemoved:!1}},a=q(et,l),r=q(tt,l),c=q(nt,l),m=q(ot,l),p=Et(t),u=d.useMemo(()=>[...c.data?.customImages.edges??[],...m.data?.customTemplates.edges??[],...a.data?.vdiImages.edges??[],...r.data?.vdiTemplates.edges??[]].map(E=>E.node),[a.data,r.data,c.data,m.data]),[b,y]=d.useState(""),[g,f]=d.useState(""),[w,D]=d.useState(""),[C,T]=d.useState(""),[j,F]=d.useState(""),[$,_]=d.useState("LOCAL"),[B,L]=d.useState(""),[i,x]=d.useState(null),N=Z(Hn),R=u.find(h=>h.id===w),Q=g.trim().toLowerCase(),I=u.filter(h=>!Q||h.name.toLowerCase().includes(Q)).slice(0,Wo);R&&!I.includes(R)&&I.unshift(R);const A=h=>{D(h.id),x(null),h.bootMode&&T(h.bootMode)},S=!!(R&&C&&R.bootMode&&R.bootMode!==C),M=async h=>{if(h.preventDefault(),x(null),!R)return x(s("create.pickSource"));if(!R.readiness.ready)return x(s("create.notReady",{reasons:R.readiness.problems.map(X=>X.message).join("; ")}));if(!C)return x(s("create.pickBootMode"));if(S)return x(s("create.mismatch",{source:R.bootMode??"",mode:C}));await N.run({input:{name:b.trim(),sourceId:R.id,ownerId:j||null,bootMode:C,loginMode:$,adDomain:$==="AD_DOMAIN"?B.trim():null}})&&(o(),n())},U=a.error||r.error||c.error||m.error||p.error;return e.jsx(Y,{title:s("desktops.create"),onClose:n,wide:!0,children:e.jsxs("form",{onSubmit:M,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("col.name")}),e.jsx("input",{value:b,onChange:h=>y(h.target.value),required:!0,"data-autofocus":!0})]}),e.jsxs("fieldset",{className:"picker",children:[e.jsx("legend",{children:s("create.source")}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:s("filter.search")}),e.jsx("input",{type:"search",value:g,onChange:h=>f(h.target.value)})]}),e.jsx("div",{className:"picker-list",role:"radiogroup","aria-label":s("create.source"),children:I.map(h=>e.jsxs("label",{className:`picker-item${h.id===w?" picked":""}`,"data-source":h.name,children:[e.jsx("input",{type:"radio",name:"source",value:h.id,checked:h.id===w,onChange:()=>A(h)}),e.jsx("span",{className:"picker-name",children:h.name}),e.jsxs("span",{className:"muted small",children:[h.scope==="CUSTOM"?s("create.custom"):s("create.system")," · ",h.platform.name," · ",h.bootMode??"?"," · ",Nt(h)||"—"]}),e.jsx(Ct,{readiness:h.readiness})]},h.id))})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("col.bootMode")}),e.jsxs("select",{value:C,onChange:h=>T(h.target.value),"aria-invalid":S,children:[e.jsx("option",{value:"",children:"—"}),e.jsx("option",{value:"BIOS",children:"BIOS"}),e.jsx("option",{value:"UEFI",children:"UEFI"})]}),S&&R&&e.jsx("small",{className:"error-inline","data-testid":"mismatch",children:s("create.mismatch",{source:R.bootMode??"",mode:C})})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("desktops.owner")}),e.jsxs("select",{value:j,onChange:h=>F(h.target.value),children:[e.jsx("option",{value:"",children:s("desktops.nobody")}),(p.data?.users.edges??[]).filter(h=>h.node.role==="TENANT_USER").map(({node:h})=>e.jsx("option",{value:h.id,children:h.username},h.id))]})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("desktop.loginMode")}),e.jsxs("select",{value:$,onChange:h=>_(h.target.value),children:[e.jsx("option",{value:"LOCAL",children:s("desktop.localMode")}),e.jsx("option",{value:"AD_DOMAIN",children:s("create.adMode")})]})]}),$==="AD_DOMAIN"&&e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("connection.domain")}),e.jsx("input",{value:B,onChange:h=>L(h.target.value),required:!0})]}),e.jsx(O,{error:U}),i&&e.jsx("p",{className:"error",role:"alert","data-code":"CLIENT_REFUSED",children:i}),e.jsx(O,{error:N.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:n,children:s("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:N.busy,children:s("desktops.create")})]})]})})}function Tt({d:t}){const n=P(),o=t.credentials;return e.jsxs("span",{"data-stale":o.stale?"true":"false",children:[n(`cred.${o.effectiveSource}`),o.username&&` · ${o.username}`,o.hasPassword&&` · ${n("cred.password")}`,o.stale&&e.jsx("span",{className:"badge warn",title:n("cred.staleHint"),children:n("cred.stale")})]})}function Mt(t){return t.role==="SYSTEM_ADMIN"?"/system/desktops":"/tenant/desktops"}function ze({viewer:t}){const n=P(),o=t.role==="SYSTEM_ADMIN",s=ue(),[l,a]=d.useState(""),r=q(at,{first:50,after:s.after,filter:{nameContains:l.trim()||null}}),c=d.useMemo(()=>r.data?.desktops.edges.map(i=>i.node),[r.data]),[m]=ge(c,r.reload,s.page===1&&!l.trim()),[p,u]=d.useState(new Set),[b,y]=d.useState(!1),[g,f]=d.useState(null),[w,D]=d.useState(!1),[C,T]=d.useState(null),[j,F]=d.useState(null),$=async i=>{D(!0),T(null),F(null);let x=0;try{for(const N of i)await K(Zn,{desktopId:N}),x++;u(new Set)}catch(N){T(N)}finally{D(!1),F(n("desktops.updatedCount",{count:x})),r.reload()}},_=i=>u(x=>{const N=new Set(x);return N.has(i)?N.delete(i):N.add(i),N}),B=()=>{f(null),r.reload()},L=m.filter(i=>i.credentials.stale).length;return e.jsxs("section",{children:[e.jsxs("div",{className:"page-head",children:[e.jsx("h1",{children:n("nav.desktops")}),!o&&e.jsx("button",{type:"button",className:"primary",onClick:()=>y(!0),children:n("desktops.create")})]}),e.jsxs("div",{className:"filters",children:[e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.search")}),e.jsx("input",{type:"search",value:l,onChange:i=>a(i.target.value)})]}),e.jsx("button",{type:"button",disabled:w||p.size===0,onClick:()=>{$([...p])},children:n("desktops.updateSelected",{count:p.size})}),L>0&&e.jsx("span",{className:"badge warn",children:n("desktops.staleCount",{count:L})})]}),e.jsx(O,{error:r.error||C}),j&&e.jsx("p",{className:"notice",role:"status",children:j}),e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:n("nav.desktops")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:e.jsx("span",{className:"sr-only",children:n("desktops.select")})}),e.jsx("th",{scope:"col",children:n("col.name")}),o&&e.jsx("th",{scope:"col",children:n("col.tenant")}),e.jsx("th",{scope:"col",children:n("col.os")}),e.jsx("th",{scope:"col",children:n("desktops.source")}),e.jsx("th",{scope:"col",children:n("desktops.owner")}),e.jsx("th",{scope:"col",children:n("col.bootMode")}),e.jsx("th",{scope:"col",children:n("desktop.loginMode")}),e.jsx("th",{scope:"col",children:n("desktops.credentials")}),e.jsx("th",{scope:"col",children:n("col.actions")})]})}),e.jsxs("tbody",{children:[m.map(i=>{const x=ye(i.osInfo.osType,i.osInfo.osDistro);return e.jsxs("tr",{"data-desktop":i.name,children:[e.jsx("td",{children:e.jsx("input",{type:"checkbox",checked:p.has(i.id),onChange:()=>_(i.id),"aria-label":n("desktops.selectOf",{name:i.name})})}),e.jsx("th",{scope:"row",children:e.jsx(ee,{to:`${Mt(t)}/${encodeURIComponent(i.id)}`,children:i.name})}),o&&e.jsx("td",{children:i.tenant.slug}),e.jsxs("td",{className:"os-cell",children:[e.jsx($e,{os:x,size:20,label:xe[x]})," ",Pe(i.osInfo)||"—"," ",e.jsx("span",{className:"muted small",children:i.osInfo.source==="AGENT"?n("desktop.fromAgent"):i.osInfo.source==="PRESET"?n("desktop.preset"):""})]}),e.jsx("td",{children:i.source.name}),e.jsx("td",{children:i.owner?.username??"—"}),e.jsx("td",{children:i.bootMode}),e.jsx("td",{children:i.loginMode==="AD_DOMAIN"?n("desktop.adMode",{domain:i.adDomain??""}):n("desktop.localMode")}),e.jsx("td",{children:e.jsx(Tt,{d:i})}),e.jsx("td",{children:e.jsxs("div",{className:"row-actions",children:[e.jsx("button",{type:"button",disabled:w,onClick:()=>{$([i.id])},"aria-label":n("desktops.updateOf",{name:i.name}),children:n("desktops.updateCredentials")}),e.jsx("button",{type:"button",onClick:()=>f({kind:"assign",d:i}),"aria-label":n("desktops.assignOf",{name:i.name}),children:n("desktops.assign")}),e.jsx("button",{type:"button",onClick:()=>f({kind:"credentials",d:i}),"aria-label":n("desktops.credentialsOf",{name:i.name}),children:n("desktops.customCredentials")}),e.jsx("button",{type:"button",className:"danger",onClick:()=>f({kind:"delete",d:i}),"aria-label":n("desktops.deleteOf",{name:i.name}),children:n("common.delete")})]})})]},i.id)}),r.data&&m.length===0&&e.jsx("tr",{children:e.jsx("td",{colSpan:o?10:9,className:"muted",children:n("common.empty")})})]})]})}),e.jsx(me,{page:s.page,total:r.data?.desktops.totalCount,pageInfo:r.data?.desktops.pageInfo,onNext:s.next,onPrev:s.prev}),b&&e.jsx(Ko,{viewer:t,onClose:()=>y(!1),onCreated:r.reload}),g?.kind==="assign"&&e.jsx(Bo,{desktop:g.d,viewer:t,onClose:B}),g?.kind==="credentials"&&e.jsx(Vo,{desktop:g.d,onClose:B}),g?.kind==="delete"&&e.jsx(qo,{desktop:g.d,onClose:()=>f(null),onDeleted:r.reload})]})}function He({id:t,viewer:n}){const{t:o,when:s}=se(),l=q(rt,{id:t}),a=l.data?.node,r=d.useMemo(()=>a&&a.__typename==="Desktop"?[a]:l.data?[]:void 0,[a,l.data]),[c]=ge(r,l.reload,!1,t),m=c[0],p=m?ye(m.osInfo.osType,m.osInfo.osDistro):"unknown";return e.jsxs("section",{children:[e.jsx("p",{children:e.jsxs(ee,{to:Mt(n),children:["← ",o("nav.desktops")]})}),e.jsx(O,{error:l.error}),l.data&&!m&&e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:o("common.notFoundTitle")}),e.jsx("p",{"data-testid":"not-found",children:o("common.objectNotFound")})]}),m&&e.jsxs(e.Fragment,{children:[e.jsxs("h1",{children:[e.jsx($e,{os:p,size:28,label:xe[p]})," ",m.name]}),e.jsxs("dl",{className:"facts wide",children:[e.jsx("dt",{children:o("col.os")}),e.jsxs("dd",{children:[Pe(m.osInfo)||"—"," (",m.osInfo.source==="AGENT"?o("desktop.fromAgent"):m.osInfo.source==="PRESET"?o("desktop.preset"):o("desktop.osUnknown"),")"]}),e.jsx("dt",{children:o("desktops.source")}),e.jsx("dd",{children:m.source.name}),e.jsx("dt",{children:o("desktop.platform")}),e.jsx("dd",{children:m.platform.name}),e.jsx("dt",{children:o("desktops.owner")}),e.jsx("dd",{children:m.owner?.username??"—"}),e.jsx("dt",{children:o("col.bootMode")}),e.jsx("dd",{children:m.bootMode}),e.jsx("dt",{children:o("desktop.loginMode")}),e.jsx("dd",{children:m.loginMode==="AD_DOMAIN"?o("desktop.adMode",{domain:m.adDomain??""}):o("desktop.localMode")}),e.jsx("dt",{children:o("desktops.credentials")}),e.jsx("dd",{children:e.jsx(Tt,{d:m})}),e.jsx("dt",{children:o("desktop.agent")}),e.jsx("dd",{children:m.agent.connected?o("desktop.agentConnected"):m.agent.lastReportAt?o("desktop.agentLast",{at:s(m.agent.lastReportAt)}):o("desktop.agentNever")})]})]})]})}const J=["SYSTEM_ADMIN"],ie=["TENANT_ADMIN"],Ge=["TENANT_USER"],Ye=[{path:"/system/platforms",roles:J,nav:"nav.platforms",page:()=>e.jsx(Eo,{})},{path:"/system/platforms/:id",roles:J,page:t=>e.jsx(Ao,{id:t.id})},{path:"/system/images",roles:J,nav:"nav.systemImages",page:()=>e.jsx(fe,{kind:"vdiImages"})},{path:"/system/templates",roles:J,nav:"nav.systemTemplates",page:()=>e.jsx(fe,{kind:"vdiTemplates"})},{path:"/system/desktops",roles:J,nav:"nav.desktops",page:(t,n)=>e.jsx(ze,{viewer:n})},{path:"/system/desktops/:id",roles:J,page:(t,n)=>e.jsx(He,{id:t.id,viewer:n})},{path:"/system/tenants",roles:J,nav:"nav.tenants",page:(t,n)=>e.jsx(We,{viewer:n})},{path:"/system/audit",roles:J,nav:"nav.audit",page:()=>e.jsx(Ke,{})},{path:"/tenant/images",roles:ie,nav:"nav.customImages",page:()=>e.jsx(fe,{kind:"customImages"})},{path:"/tenant/templates",roles:ie,nav:"nav.customTemplates",page:()=>e.jsx(fe,{kind:"customTemplates"})},{path:"/tenant/desktops",roles:ie,nav:"nav.desktops",page:(t,n)=>e.jsx(ze,{viewer:n})},{path:"/tenant/desktops/:id",roles:ie,page:(t,n)=>e.jsx(He,{id:t.id,viewer:n})},{path:"/tenant/users",roles:ie,nav:"nav.users",page:(t,n)=>e.jsx(We,{viewer:n})},{path:"/tenant/audit",roles:ie,nav:"nav.audit",page:()=>e.jsx(Ke,{})},{path:"/my/desktops",roles:Ge,nav:"nav.myDesktops",page:()=>e.jsx(Io,{})},{path:"/my/desktops/:id",roles:Ge,page:t=>e.jsx(wo,{id:t.id})}];function zo(t){return t==="SYSTEM_ADMIN"?"/system/platforms":t==="TENANT_ADMIN"?"/tenant/desktops":"/my/desktops"}const Ho={SYSTEM_ADMIN:"console.system",TENANT_ADMIN:"console.tenant",TENANT_USER:"console.user"};function Go(){return d.useSyncExternalStore(ct,Ce)}function $t(){const{lang:t,setLang:n,t:o}=se();return e.jsxs("label",{className:"lang",children:[e.jsx("span",{className:"sr-only",children:o("common.language")}),e.jsxs("select",{"aria-label":o("common.language"),value:t,onChange:s=>n(s.target.value),children:[e.jsx("option",{value:"en",children:"English"}),e.jsx("option",{value:"zh-CN",children:"简体中文"})]})]})}function Yo(){const t=Go(),n=jo(),o=P();if(!t){if(n!=="/login"){const r=n==="/"?"":`?next=${encodeURIComponent(n)}`;return e.jsx(Qe,{to:`/login${r}`})}return e.jsx(lo,{})}const s=t.viewer;if(n==="/"||n==="/login"||n==="/index.html"){const r=new URLSearchParams(window.location.search).get("next");return e.jsx(Qe,{to:r&&r.startsWith("/")&&!r.startsWith("//")?r:zo(s.role)})}let l=e.jsx(Qo,{});for(const r of Ye){const c=So(r.path,n);if(c){l=r.roles.includes(s.role)?r.page(c,s):e.jsx(Xo,{});break}}const a=Ye.filter(r=>r.nav&&r.roles.includes(s.role));return e.jsxs("div",{className:"shell",children:[e.jsx("a",{className:"skip",href:"#main",children:o("common.skip")}),e.jsxs("header",{className:"top",children:[e.jsxs("div",{className:"brand",children:[e.jsx("span",{className:"logo","aria-hidden":"true",children:"◆"})," ","xspace · ",o(Ho[s.role])]}),e.jsxs("div",{className:"who",children:[e.jsx($t,{}),e.jsxs("span",{className:"viewer","data-testid":"viewer",children:[s.tenant?`${s.username}@${s.tenant.slug}`:s.username," · ",o(`role.${s.role}`)]}),e.jsx("button",{type:"button",className:"link-button",onClick:()=>{De(),Me("/login",!0)},children:o("common.signOut")})]})]}),e.jsxs("div",{className:"body",children:[e.jsx("nav",{className:"side","aria-label":o("nav.label"),children:e.jsx("ul",{children:a.map(r=>e.jsx("li",{children:e.jsx(ee,{to:r.path,"aria-current":n.startsWith(r.path)?"page":void 0,children:o(r.nav)})},r.path))})}),e.jsx("main",{id:"main",tabIndex:-1,children:l})]})]})}function Qo(){const t=P();return e.jsxs("section",{children:[e.jsx("h1",{children:t("common.notFoundTitle")}),e.jsx("p",{"data-testid":"not-found",children:t("common.notFound")})]})}function Xo(){const t=P();return e.jsxs("section",{children:[e.jsx("h1",{children:t("common.forbiddenTitle")}),e.jsx("p",{"data-testid":"not-for-role",children:t("common.forbidden")})]})}function Qe({to:t}){return d.useEffect(()=>Me(t,!0),[t]),null}const Xe=document.getElementById("root");Xe&&At.createRoot(Xe).render(e.jsx(d.StrictMode,{children:e.jsx(ao,{children:e.jsx(Yo,{})})}));
