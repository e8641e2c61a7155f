import{r as i,j as e,c as jt}from"./react-CrowJ5J7.js";class I extends String{__apiType;value;__meta__;constructor(n,o){super(n),this.value=n,this.__meta__=o}toString(){return this.value}}const St=new I(`
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
    `,{fragmentName:"ViewerFields"}),vt=new I(`
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
    `,{fragmentName:"SyncRunFields"}),kt=new I(`
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
  }
  projectTenants {
    project
    tenant
  }
  lastSync {
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
}`,{fragmentName:"PlatformFields"}),It=new I(`
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
    `,{fragmentName:"SourceFields"}),wt=new I(`
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
    `,{fragmentName:"DesktopFields"}),Ct=new I(`
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
}`),Nt=new I(`
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
}`),Dt=new I(`
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
  }
  projectTenants {
    project
    tenant
  }
  lastSync {
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
}`),Et=new I(`
    query PlatformNames {
  cloudPlatforms {
    id
    name
    kind
    capabilities {
      resourceModel
      bootModeEditable
      videoModelEditable
    }
  }
}
    `),Tt=new I(`
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
  }
  projectTenants {
    project
    tenant
  }
  lastSync {
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
}`),$t=new I(`
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
  }
  projectTenants {
    project
    tenant
  }
  lastSync {
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
}`),Mt=new I(`
    mutation RemovePlatform($id: ID!) {
  removeCloudPlatform(id: $id)
}
    `),At=new I(`
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
}`),Ot=new I(`
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
}`),Ft=new I(`
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
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`),Pt=new I(`
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
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`),Rt=new I(`
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
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`),_t=new I(`
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
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`),Ut=new I(`
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
  }
  projectTenants {
    project
    tenant
  }
  lastSync {
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
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`),Lt=new I(`
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
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`),Bt=new I(`
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
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`),Vt=new I(`
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
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`),qt=new I(`
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
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`),Wt=new I(`
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
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`),Kt=new I(`
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
    }
  }
  readiness {
    ready
    problems {
      code
      message
    }
  }
}`),Ht=new I(`
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
    `),Gt=new I(`
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
    `),zt=new I(`
    mutation CreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) {
    id
    slug
    name
  }
}
    `),Yt=new I(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    username
    role
  }
}
    `),Qt=new I(`
    mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
  setUserDisabled(id: $id, disabled: $disabled) {
    id
    disabled
  }
}
    `),Xt=new I(`
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
    `),Jt=new I(`
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
}`),Zt=new I(`
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
}`),en=new I(`
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
}`),tn=new I(`
    query ConnectionInfo($desktopId: ID!) {
  connectionInfo(desktopId: $desktopId) {
    loginMode
    autoLogin
    username
    password
    adDomain
  }
}
    `),nn=new I(`
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
}`),on=new I(`
    mutation DeleteDesktop($id: ID!) {
  deleteDesktop(id: $id)
}
    `),sn=new I(`
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
}`),an=new I(`
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
}`),rn=new I(`
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
}`),dn=new I(`
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
}`),ln=new I(`
    mutation UpdateCredentialsFromSource($sourceId: ID!, $dryRun: Boolean!) {
  updateCredentialsFromSource(sourceId: $sourceId, dryRun: $dryRun)
}
    `),cn={"\n  fragment ViewerFields on User {\n    id\n    username\n    role\n    tenant {\n      id\n      slug\n      name\n    }\n  }\n":St,"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n":Ct,"\n  mutation Refresh {\n    refreshToken {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n":Nt,"\n  fragment PlatformFields on CloudPlatform {\n    id\n    name\n    kind\n    endpoint\n    available\n    hasSecret\n    syncIntervalSeconds\n    capabilities {\n      resourceModel\n      bootModeEditable\n      videoModelEditable\n    }\n    projectTenants {\n      project\n      tenant\n    }\n    lastSync {\n      ...SyncRunFields\n    }\n  }\n":kt,"\n  fragment SyncRunFields on SyncRun {\n    id\n    status\n    startedAt\n    finishedAt\n    added\n    updated\n    removed\n    error\n    notes\n  }\n":vt,"\n  query Platforms {\n    cloudPlatforms {\n      ...PlatformFields\n    }\n  }\n":Dt,"\n  query PlatformNames {\n    cloudPlatforms {\n      id\n      name\n      kind\n      capabilities {\n        resourceModel\n        bootModeEditable\n        videoModelEditable\n      }\n    }\n  }\n":Et,"\n  mutation AddPlatform($input: AddCloudPlatformInput!) {\n    addCloudPlatform(input: $input) {\n      ...PlatformFields\n    }\n  }\n":Tt,"\n  mutation UpdatePlatform($input: UpdateCloudPlatformInput!) {\n    updateCloudPlatform(input: $input) {\n      ...PlatformFields\n    }\n  }\n":$t,"\n  mutation RemovePlatform($id: ID!) {\n    removeCloudPlatform(id: $id)\n  }\n":Mt,"\n  mutation SyncPlatform($id: ID!) {\n    syncCloudPlatform(id: $id) {\n      ...SyncRunFields\n    }\n  }\n":At,"\n  subscription SyncEvents($platformId: ID) {\n    syncEvents(platformId: $platformId) {\n      kind\n      message\n      at\n      platform {\n        id\n        name\n      }\n      run {\n        ...SyncRunFields\n      }\n      source {\n        id\n        name\n      }\n    }\n  }\n":Ot,"\n  fragment SourceFields on BootSource {\n    __typename\n    id\n    name\n    externalId\n    scope\n    bootMode\n    videoModel\n    osType\n    osDistro\n    osUsername\n    hasOsPassword\n    removedFromPlatform\n    version\n    syncedAt\n    tenant {\n      id\n      slug\n    }\n    platform {\n      id\n      name\n      kind\n      capabilities {\n        resourceModel\n        bootModeEditable\n        videoModelEditable\n      }\n    }\n    readiness {\n      ready\n      problems {\n        code\n        message\n      }\n    }\n  }\n":It,"\n  query VdiImages($first: Int, $after: String, $filter: SourceFilter) {\n    vdiImages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n":Ft,"\n  query VdiTemplates($first: Int, $after: String, $filter: SourceFilter) {\n    vdiTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n":Pt,"\n  query CustomImages($first: Int, $after: String, $filter: SourceFilter) {\n    customImages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n":Rt,"\n  query CustomTemplates($first: Int, $after: String, $filter: SourceFilter) {\n    customTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n":_t,"\n  query PlatformSources($id: ID!, $first: Int, $after: String, $images: Boolean!) {\n    node(id: $id) {\n      ... on CloudPlatform {\n        ...PlatformFields\n        images(first: $first, after: $after) @include(if: $images) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...SourceFields\n            }\n          }\n        }\n        templates(first: $first, after: $after) @skip(if: $images) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...SourceFields\n            }\n          }\n        }\n        syncRuns(first: 5) {\n          edges {\n            node {\n              ...SyncRunFields\n            }\n          }\n        }\n      }\n    }\n  }\n":Ut,"\n  mutation SetOsInfo($input: SetOsInfoInput!) {\n    setOsInfo(input: $input) {\n      ...SourceFields\n    }\n  }\n":Lt,"\n  mutation SetOsCredentials($input: SetOsCredentialsInput!) {\n    setOsCredentials(input: $input) {\n      ...SourceFields\n    }\n  }\n":Bt,"\n  mutation ClearOsCredentials($id: ID!) {\n    clearOsCredentials(id: $id) {\n      ...SourceFields\n    }\n  }\n":Vt,"\n  mutation SetVideoModel($input: SetVideoModelInput!) {\n    setVideoModel(input: $input) {\n      ...SourceFields\n    }\n  }\n":qt,"\n  mutation SetBootMode($input: SetBootModeInput!) {\n    setBootMode(input: $input) {\n      ...SourceFields\n    }\n  }\n":Wt,"\n  mutation CopyWithBootMode($input: CopyWithBootModeInput!) {\n    copyWithBootMode(input: $input) {\n      ...SourceFields\n    }\n  }\n":Kt,"\n  query Tenants($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n":Ht,"\n  query Users($first: Int, $after: String, $tenantId: ID) {\n    users(first: $first, after: $after, tenantId: $tenantId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          role\n          disabled\n          tenant {\n            id\n            slug\n          }\n        }\n      }\n    }\n  }\n":Gt,"\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n":zt,"\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      role\n    }\n  }\n":Yt,"\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n":Qt,"\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          targetId\n          outcome\n          detail\n          actor {\n            id\n            username\n            tenant {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n":Xt,"\n  fragment DesktopFields on Desktop {\n    id\n    name\n    externalId\n    removedFromPlatform\n    bootMode\n    loginMode\n    adDomain\n    version\n    createdAt\n    tenant {\n      id\n      slug\n    }\n    owner {\n      id\n      username\n    }\n    platform {\n      id\n      name\n      kind\n    }\n    source {\n      __typename\n      id\n      name\n    }\n    osInfo {\n      osType\n      osDistro\n      osVersion\n      source\n      reportedAt\n    }\n    agent {\n      connected\n      lastReportAt\n      hostname\n      agentVersion\n    }\n    credentials {\n      effectiveSource\n      username\n      hasPassword\n      customSet\n      imageCopyAt\n      stale\n    }\n  }\n":wt,"\n  query Desktops($first: Int, $after: String, $filter: DesktopFilter) {\n    desktops(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DesktopFields\n        }\n      }\n    }\n  }\n":Jt,"\n  query DesktopNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Desktop {\n        ...DesktopFields\n      }\n    }\n  }\n":Zt,"\n  subscription DesktopEvents($desktopId: ID) {\n    desktopEvents(desktopId: $desktopId) {\n      kind\n      desktopId\n      at\n      desktop {\n        ...DesktopFields\n      }\n    }\n  }\n":en,"\n  query ConnectionInfo($desktopId: ID!) {\n    connectionInfo(desktopId: $desktopId) {\n      loginMode\n      autoLogin\n      username\n      password\n      adDomain\n    }\n  }\n":tn,"\n  mutation CreateDesktop($input: CreateDesktopInput!) {\n    createDesktop(input: $input) {\n      ...DesktopFields\n    }\n  }\n":nn,"\n  mutation DeleteDesktop($id: ID!) {\n    deleteDesktop(id: $id)\n  }\n":on,"\n  mutation AssignDesktop($desktopId: ID!, $ownerId: ID) {\n    assignDesktop(desktopId: $desktopId, ownerId: $ownerId) {\n      ...DesktopFields\n    }\n  }\n":sn,"\n  mutation SetDesktopCredentials($input: SetDesktopCredentialsInput!) {\n    setDesktopCredentials(input: $input) {\n      ...DesktopFields\n    }\n  }\n":an,"\n  mutation ClearDesktopCredentials($desktopId: ID!) {\n    clearDesktopCredentials(desktopId: $desktopId) {\n      ...DesktopFields\n    }\n  }\n":rn,"\n  mutation UpdateCredentials($desktopId: ID!) {\n    updateCredentials(desktopId: $desktopId) {\n      ...DesktopFields\n    }\n  }\n":dn,"\n  mutation UpdateCredentialsFromSource($sourceId: ID!, $dryRun: Boolean!) {\n    updateCredentialsFromSource(sourceId: $sourceId, dryRun: $dryRun)\n  }\n":ln};function w(t){return cn[t]??{}}w(`
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
`);const un=w(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      viewer {
        ...ViewerFields
      }
    }
  }
`),mn=w(`
  mutation Refresh {
    refreshToken {
      token
      expiresAt
      viewer {
        ...ViewerFields
      }
    }
  }
`);w(`
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
    }
    projectTenants {
      project
      tenant
    }
    lastSync {
      ...SyncRunFields
    }
  }
`);w(`
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
`);const pn=w(`
  query Platforms {
    cloudPlatforms {
      ...PlatformFields
    }
  }
`),fn=w(`
  query PlatformNames {
    cloudPlatforms {
      id
      name
      kind
      capabilities {
        resourceModel
        bootModeEditable
        videoModelEditable
      }
    }
  }
`),hn=w(`
  mutation AddPlatform($input: AddCloudPlatformInput!) {
    addCloudPlatform(input: $input) {
      ...PlatformFields
    }
  }
`),We=w(`
  mutation UpdatePlatform($input: UpdateCloudPlatformInput!) {
    updateCloudPlatform(input: $input) {
      ...PlatformFields
    }
  }
`),gn=w(`
  mutation RemovePlatform($id: ID!) {
    removeCloudPlatform(id: $id)
  }
`),xn=w(`
  mutation SyncPlatform($id: ID!) {
    syncCloudPlatform(id: $id) {
      ...SyncRunFields
    }
  }
`),Ke=w(`
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
`);w(`
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
`);const He=w(`
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
`),Ge=w(`
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
`),ze=w(`
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
`),Ye=w(`
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
`),yn=w(`
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
`),bn=w(`
  mutation SetOsInfo($input: SetOsInfoInput!) {
    setOsInfo(input: $input) {
      ...SourceFields
    }
  }
`),jn=w(`
  mutation SetOsCredentials($input: SetOsCredentialsInput!) {
    setOsCredentials(input: $input) {
      ...SourceFields
    }
  }
`),Sn=w(`
  mutation ClearOsCredentials($id: ID!) {
    clearOsCredentials(id: $id) {
      ...SourceFields
    }
  }
`),vn=w(`
  mutation SetVideoModel($input: SetVideoModelInput!) {
    setVideoModel(input: $input) {
      ...SourceFields
    }
  }
`),kn=w(`
  mutation SetBootMode($input: SetBootModeInput!) {
    setBootMode(input: $input) {
      ...SourceFields
    }
  }
`),In=w(`
  mutation CopyWithBootMode($input: CopyWithBootModeInput!) {
    copyWithBootMode(input: $input) {
      ...SourceFields
    }
  }
`),wn=w(`
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
`),Qe=w(`
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
`),Cn=w(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      id
      slug
      name
    }
  }
`),Nn=w(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      role
    }
  }
`),Dn=w(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      id
      disabled
    }
  }
`),En=w(`
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
`);w(`
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
`);const Xe=w(`
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
`),Je=w(`
  query DesktopNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on Desktop {
        ...DesktopFields
      }
    }
  }
`),Tn=w(`
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
`),$n=w(`
  query ConnectionInfo($desktopId: ID!) {
    connectionInfo(desktopId: $desktopId) {
      loginMode
      autoLogin
      username
      password
      adDomain
    }
  }
`),Mn=w(`
  mutation CreateDesktop($input: CreateDesktopInput!) {
    createDesktop(input: $input) {
      ...DesktopFields
    }
  }
`),An=w(`
  mutation DeleteDesktop($id: ID!) {
    deleteDesktop(id: $id)
  }
`),On=w(`
  mutation AssignDesktop($desktopId: ID!, $ownerId: ID) {
    assignDesktop(desktopId: $desktopId, ownerId: $ownerId) {
      ...DesktopFields
    }
  }
`),Fn=w(`
  mutation SetDesktopCredentials($input: SetDesktopCredentialsInput!) {
    setDesktopCredentials(input: $input) {
      ...DesktopFields
    }
  }
`),Pn=w(`
  mutation ClearDesktopCredentials($desktopId: ID!) {
    clearDesktopCredentials(desktopId: $desktopId) {
      ...DesktopFields
    }
  }
`),Rn=w(`
  mutation UpdateCredentials($desktopId: ID!) {
    updateCredentials(desktopId: $desktopId) {
      ...DesktopFields
    }
  }
`),Ae=w(`
  mutation UpdateCredentialsFromSource($sourceId: ID!, $dryRun: Boolean!) {
    updateCredentialsFromSource(sourceId: $sourceId, dryRun: $dryRun)
  }
`),we="xspace.session";let de=_n();const be=new Set;let je,Se=null;function _n(){try{const t=sessionStorage.getItem(we);if(!t)return null;const n=JSON.parse(t);return Date.parse(n.expiresAt)>Date.now()?n:null}catch{return null}}function Ze(){for(const t of be)t()}function et(){if(clearTimeout(je),!de||!Se)return;const t=Date.parse(de.expiresAt)-Date.now(),n=Math.max(1e3,t-Math.min(5*6e4,t/5)),o=Se;je=setTimeout(()=>{o().catch(()=>Ce())},n)}function Un(){return de}function tt(){return de?.token??null}function nt(t){de=t;try{sessionStorage.setItem(we,JSON.stringify(t))}catch{}et(),Ze()}function Ce(){de=null,clearTimeout(je);try{sessionStorage.removeItem(we)}catch{}Ze()}function Ln(t){Se=t,et()}function ot(t){return be.add(t),()=>be.delete(t)}class te extends Error{code;constructor(n,o){super(o),this.code=n}}async function K(t,n,o={}){const s=o.anonymous?null:tt(),l={"content-type":"application/json"};s&&(l.authorization=`Bearer ${s}`);let a;try{a=await fetch("/graphql",{method:"POST",headers:l,body:JSON.stringify({query:t.toString(),variables:n??{}}),credentials:"omit"})}catch(u){throw new te("NETWORK",u instanceof Error?u.message:String(u))}let r;try{r=await a.json()}catch{throw new te(a.status>=500?"INTERNAL":"NETWORK",`HTTP ${a.status}`)}const d=r.errors?.[0];if(d){const u=d.extensions?.code??"INTERNAL";throw u==="UNAUTHENTICATED"&&s&&Ce(),new te(u,d.message)}if(!r.data)throw new te("INTERNAL",`HTTP ${a.status}`);return r.data}Ln(async()=>{const t=await K(mn);nt(t.refreshToken)});const st={"console.system":"System Console","console.tenant":"Tenant Console","console.user":"My Desktops","nav.label":"Console sections","nav.platforms":"Cloud platforms","nav.systemImages":"System Images","nav.systemTemplates":"System Templates","nav.tenants":"Tenants and users","nav.users":"Users","nav.audit":"Audit log","nav.customImages":"Custom Images","nav.customTemplates":"Custom Templates","nav.desktops":"Desktops","nav.myDesktops":"My Desktops","role.SYSTEM_ADMIN":"System admin","role.TENANT_ADMIN":"Tenant admin","role.TENANT_USER":"User","common.language":"Language","common.skip":"Skip to content","common.signOut":"Sign out","common.loading":"Loading…","common.working":"Working…","common.close":"Close","common.cancel":"Cancel","common.save":"Save","common.saved":"Saved.","common.edit":"Edit","common.remove":"Remove","common.delete":"Delete","common.refresh":"Refresh","common.set":"set","common.notSet":"not set","common.yes":"Yes","common.no":"No","common.empty":"Nothing to show.","common.notFoundTitle":"Not found","common.notFound":"There is no page at this address.","common.objectNotFound":"Not found: it does not exist, or it is not yours to see.","common.forbiddenTitle":"Not available","common.forbidden":"This page is not available to your role.","login.intro":"Sign in to the xspace console.","login.tenant":"Tenant","login.tenantHint":"Leave empty for a system account.","login.username":"Username","login.password":"Password","login.signIn":"Sign in","login.signingIn":"Signing in…","error.UNAUTHENTICATED":"You are not signed in, or the sign-in was refused.","error.FORBIDDEN":"Your role may not do this.","error.NOT_FOUND":"Not found: it does not exist, or it is not yours to see.","error.BAD_USER_INPUT":"Some of what was entered is not valid.","error.CONFLICT":"Someone else changed this in the meantime; reload and try again.","error.BOOT_MODE_MISMATCH":"The desktop's boot mode must equal its source's.","error.VIDEO_MODEL_NOT_VIRTIO":"The source does not use virtio video, which desktops need.","error.BOOT_MODE_NOT_EDITABLE":"This platform cannot change a source's boot mode.","error.PLATFORM_UNAVAILABLE":"The cloud platform could not be reached or refused the change.","error.GRAPHQL_PARSE_FAILED":"The console sent a request the server could not read.","error.GRAPHQL_VALIDATION_FAILED":"The console's request does not fit the server's API (is the console up to date?).","error.INTERNAL":"The server failed; the reference below helps the operator find out why.","error.RATE_LIMITED":"Too many attempts; wait a little and try again.","error.NETWORK":"The server could not be reached.","error.UNKNOWN":"Something went wrong ({code}).","error.server":"The server says: {message}","pager.label":"Pages","pager.prev":"Previous page","pager.next":"Next page","pager.page":"Page {page}","pager.total":"{total} in all","filter.search":"Search by name","filter.platform":"Platform","filter.readiness":"Readiness","filter.bootMode":"Boot mode","filter.os":"OS type","filter.any":"Any","filter.includeRemoved":"Include removed","col.name":"Name","col.platform":"Platform","col.bootMode":"Boot mode","col.video":"Video","col.os":"OS","col.systemUser":"System User","col.systemPassword":"System Password","col.readiness":"Readiness","col.actions":"Actions","ready.yes":"Ready","ready.no":"Not ready","ready.VIDEO_MODEL_NOT_VIRTIO":"Video not virtio","ready.BOOT_MODE_UNKNOWN":"Boot mode unknown","ready.REMOVED_FROM_PLATFORM":"Removed from platform","ready.STATUS_NOT_ACTIVE":"Not active","ready.UEFI_NOT_SUPPORTED":"No UEFI on the platform","sources.introSystem":"Sources operated by the system admins, from every platform. A source is ready for desktops when its video is virtio and its boot mode is known.","sources.introCustom":"Your tenant's own images and templates, from the platform projects mapped to it.","source.editTitle":"Edit {name}","source.editOf":"Edit {name}","source.osType":"OS type","source.osNone":"(not set)","source.osDistro":"OS distro","source.passwordKeep":"Leave empty to keep the stored one","source.needUser":"Enter the System User for this password.","source.needPassword":"To change the System User, enter the System Password too.","source.clearCredentials":"Clear credentials","source.staleCount":"{count} desktop(s) made from this source hold the old credentials.","source.virtio":"Switch video to virtio","source.virtioOf":"Switch video to virtio: {name}","source.boot":"Boot mode","source.bootOf":"Boot mode: {name}","boot.title":"Boot mode of {name}","boot.current":"Current boot mode: {mode}","boot.unknown":"unknown","boot.target":"New boot mode","boot.change":"Change boot mode","boot.changed":"The platform now reports {mode}.","boot.workaround":"Workaround on {platform}: make a copy with the other boot mode (a VM from the source, its boot mode changed, saved as a new image, the VM removed). The copy keeps OS info and credentials.","boot.copyName":"The copy's name","boot.copy":"Copy with boot mode {mode}","boot.copied":"Copy made: {name} ({mode}).","boot.progress":"Progress of the copy","boot.stepStarted":"Started.","boot.stepFinished":"Finished.","boot.stepFailed":"Failed: {message}","boot.stepAdded":"Synced: {name} is in the catalogue.","platform.add":"Add platform","platform.kind":"Kind","platform.endpoint":"Endpoint","platform.availability":"Availability","platform.available":"Reachable","platform.unavailable":"Unreachable","platform.neverSynced":"Never synced","platform.lastSync":"Last sync","platform.capabilities":"Capabilities","platform.sync":"Sync","platform.syncOf":"Sync {name}","platform.syncTitle":"Sync {name}","platform.syncNow":"Sync now","platform.syncing":"Syncing…","platform.editOf":"Edit {name}","platform.editTitle":"Edit {name}","platform.removeOf":"Remove {name}","platform.removeTitle":"Remove {name}?","platform.removeConfirm":"The platform and its catalogue are removed from xspace (nothing on the platform itself). It is refused while desktops live on it.","platform.secret":"Secret","platform.dropSecret":"Remove the stored secret","platform.mapping":"Project → tenant mapping","platform.noMapping":"No project is mapped: every source is a system source.","platform.project":"Project","platform.tenantSlug":"Tenant (slug)","platform.addMapping":"Add a mapping","platform.removeMapping":"Remove the mapping of {project}","platform.saveMapping":"Save mapping","platform.interval":"Seconds between scheduled syncs","platform.onDemand":"On demand only","platform.intervalRange":"The interval is a whole number of seconds from 60 to 604800, or empty.","platform.images":"Images on this platform","platform.templates":"Templates on this platform","kind.OPENSTACK":"OpenStack","kind.ZSTACK":"ZSphere","kind.SMARTX":"SmartX","kind.WXSTACK":"WxStack","cap.images":"Images","cap.templates":"Templates","cap.bootEditable":"Boot mode editable","cap.bootFixed":"Boot mode fixed","cap.videoEditable":"Video editable","cap.videoFixed":"Video fixed","sync.RUNNING":"Running","sync.SUCCEEDED":"Succeeded","sync.FAILED":"Failed","sync.counts":"+{added} added, {updated} updated, {removed} removed","sync.live":"So far: {added} added, {updated} updated, {removed} removed, {imported} desktops imported.","syncEvent.STARTED":"Started","syncEvent.SOURCE_ADDED":"Added","syncEvent.SOURCE_UPDATED":"Updated","syncEvent.SOURCE_REMOVED":"Removed","syncEvent.DESKTOP_IMPORTED":"Desktop imported","syncEvent.FINISHED":"Finished","syncEvent.FAILED":"Failed","syncEvent.PROGRESS":"Progress","syncEvent.RESYNC":"Events were missed; re-reading","accounts.tenants":"Tenants","accounts.users":"Users","accounts.newTenant":"New tenant","accounts.newUser":"New user","accounts.slug":"Slug","accounts.tenant":"Tenant","accounts.role":"Role","accounts.status":"Status","accounts.enabled":"Enabled","accounts.disabled":"Disabled","accounts.enable":"Enable","accounts.disable":"Disable","accounts.enableOf":"Enable {name}","accounts.disableOf":"Disable {name}","accounts.systemNamespace":"(system)","audit.at":"When","audit.actor":"Who","audit.action":"Operation","audit.target":"Object","audit.outcome":"Outcome","audit.detail":"Detail","audit.service":"(service or agent)","desktops.create":"Create desktop","desktops.select":"Select","desktops.selectOf":"Select {name}","desktops.source":"Source","desktops.owner":"Assigned to","desktops.nobody":"(nobody)","desktops.credentials":"Credentials","desktops.updateCredentials":"Update Credentials","desktops.updateOf":"Update Credentials of {name}","desktops.updateSelected":"Update Credentials of {count} selected","desktops.updatedCount":"Credentials updated on {count} desktop(s).","desktops.staleCount":"{count} stale","desktops.assign":"Assign","desktops.assignOf":"Assign {name}","desktops.assignTitle":"Assign {name}","desktops.customCredentials":"Custom credentials","desktops.credentialsOf":"Custom credentials of {name}","desktops.credentialsTitle":"Custom credentials of {name}","desktops.credentialsIntro":"Custom credentials win over the source's copy and stay when Update Credentials runs.","desktops.adIgnores":"This desktop logs in with AD accounts: stored credentials are not used.","desktops.clearCustom":"Clear custom credentials","desktops.deleteOf":"Delete {name}","desktops.deleteTitle":"Delete {name}?","desktops.deleteConfirm":"The desktop and its VM are deleted.","cred.CUSTOM":"Custom","cred.IMAGE":"From source","cred.NONE":"None","cred.password":"password","cred.stale":"Stale","cred.staleHint":"The source's credentials changed after this copy: use Update Credentials.","create.source":"Source","create.system":"System","create.custom":"Custom","create.adMode":"AD domain","create.pickSource":"Pick a source.","create.pickBootMode":"Pick a boot mode.","create.notReady":"This source is not ready for desktops: {reasons}","create.mismatch":"The source boots {source}; a desktop made from it must boot {source} too, not {mode}.","desktop.fromAgent":"from agent","desktop.preset":"preset","desktop.osUnknown":"OS unknown","desktop.loginMode":"Login","desktop.localMode":"Automatic (local account)","desktop.adMode":"AD domain {domain}","desktop.agent":"Agent","desktop.agentConnected":"Connected","desktop.agentLast":"Last report {at}","desktop.agentNever":"Never reported","desktop.platform":"Platform","desktop.removed":"Removed from its platform","desktop.connection":"Connection details","connection.title":"Connect to {name}","connection.autoLogin":"Automatic login","connection.domain":"Domain","connection.adPassword":"Your own AD password (none is stored).","connection.none":"(none)","connection.show":"Show password","connection.hide":"Hide password","my.none":"No desktop is assigned to you yet."},Bn={"console.system":"系统控制台","console.tenant":"租户控制台","console.user":"我的桌面","nav.label":"控制台栏目","nav.platforms":"云平台","nav.systemImages":"系统镜像","nav.systemTemplates":"系统模板","nav.tenants":"租户与用户","nav.users":"用户","nav.audit":"审计日志","nav.customImages":"自定义镜像","nav.customTemplates":"自定义模板","nav.desktops":"桌面","nav.myDesktops":"我的桌面","role.SYSTEM_ADMIN":"系统管理员","role.TENANT_ADMIN":"租户管理员","role.TENANT_USER":"用户","common.language":"语言","common.skip":"跳到正文","common.signOut":"退出登录","common.loading":"加载中…","common.working":"处理中…","common.close":"关闭","common.cancel":"取消","common.save":"保存","common.saved":"已保存。","common.edit":"编辑","common.remove":"移除","common.delete":"删除","common.refresh":"刷新","common.set":"已设置","common.notSet":"未设置","common.yes":"是","common.no":"否","common.empty":"暂无内容。","common.notFoundTitle":"未找到","common.notFound":"此地址没有页面。","common.objectNotFound":"未找到：该对象不存在，或您无权查看。","common.forbiddenTitle":"不可用","common.forbidden":"您的角色无法使用此页面。","login.intro":"登录 xspace 控制台。","login.tenant":"租户","login.tenantHint":"系统账号请留空。","login.username":"用户名","login.password":"密码","login.signIn":"登录","login.signingIn":"正在登录…","error.UNAUTHENTICATED":"您尚未登录，或登录被拒绝。","error.FORBIDDEN":"您的角色无权执行此操作。","error.NOT_FOUND":"未找到：该对象不存在，或您无权查看。","error.BAD_USER_INPUT":"输入的内容有误。","error.CONFLICT":"此对象已被他人修改，请刷新后重试。","error.BOOT_MODE_MISMATCH":"桌面的启动模式必须与其来源一致。","error.VIDEO_MODEL_NOT_VIRTIO":"该来源的显卡不是 virtio，桌面需要 virtio。","error.BOOT_MODE_NOT_EDITABLE":"此平台无法修改来源的启动模式。","error.PLATFORM_UNAVAILABLE":"无法连接云平台，或平台拒绝了此修改。","error.GRAPHQL_PARSE_FAILED":"控制台发送的请求服务器无法解析。","error.GRAPHQL_VALIDATION_FAILED":"控制台的请求与服务器的 API 不符（控制台是否为最新版本？）。","error.INTERNAL":"服务器出错；下方的参考编号可帮助运维人员查明原因。","error.RATE_LIMITED":"尝试次数过多，请稍后再试。","error.NETWORK":"无法连接服务器。","error.UNKNOWN":"出现错误（{code}）。","error.server":"服务器信息：{message}","pager.label":"分页","pager.prev":"上一页","pager.next":"下一页","pager.page":"第 {page} 页","pager.total":"共 {total} 项","filter.search":"按名称搜索","filter.platform":"平台","filter.readiness":"就绪状态","filter.bootMode":"启动模式","filter.os":"操作系统类型","filter.any":"全部","filter.includeRemoved":"包含已移除的","col.name":"名称","col.platform":"平台","col.bootMode":"启动模式","col.video":"显卡","col.os":"操作系统","col.systemUser":"系统用户","col.systemPassword":"系统密码","col.readiness":"就绪状态","col.actions":"操作","ready.yes":"就绪","ready.no":"未就绪","ready.VIDEO_MODEL_NOT_VIRTIO":"显卡不是 virtio","ready.BOOT_MODE_UNKNOWN":"启动模式未知","ready.REMOVED_FROM_PLATFORM":"已从平台移除","ready.STATUS_NOT_ACTIVE":"未激活","ready.UEFI_NOT_SUPPORTED":"平台不支持 UEFI","sources.introSystem":"由系统管理员维护的各平台来源。显卡为 virtio 且启动模式已知的来源才能用于创建桌面。","sources.introCustom":"本租户自己的镜像和模板，来自映射到本租户的平台项目。","source.editTitle":"编辑 {name}","source.editOf":"编辑 {name}","source.osType":"操作系统类型","source.osNone":"（未设置）","source.osDistro":"操作系统发行版","source.passwordKeep":"留空则保留已存储的密码","source.needUser":"请为此密码填写系统用户。","source.needPassword":"修改系统用户时，请同时填写系统密码。","source.clearCredentials":"清除凭据","source.staleCount":"由此来源创建的 {count} 个桌面仍保存着旧凭据。","source.virtio":"将显卡切换为 virtio","source.virtioOf":"将显卡切换为 virtio：{name}","source.boot":"启动模式","source.bootOf":"启动模式：{name}","boot.title":"{name} 的启动模式","boot.current":"当前启动模式：{mode}","boot.unknown":"未知","boot.target":"新的启动模式","boot.change":"修改启动模式","boot.changed":"平台现在报告的启动模式为 {mode}。","boot.workaround":"{platform} 上的变通办法：复制一个使用另一种启动模式的副本（由来源创建虚拟机、修改其启动模式、另存为新镜像、删除虚拟机）。副本保留操作系统信息和凭据。","boot.copyName":"副本名称","boot.copy":"以 {mode} 启动模式复制","boot.copied":"已创建副本：{name}（{mode}）。","boot.progress":"复制进度","boot.stepStarted":"已开始。","boot.stepFinished":"已完成。","boot.stepFailed":"失败：{message}","boot.stepAdded":"已同步：{name} 已加入目录。","platform.add":"添加平台","platform.kind":"类型","platform.endpoint":"接入地址","platform.availability":"可用性","platform.available":"可连接","platform.unavailable":"无法连接","platform.neverSynced":"从未同步","platform.lastSync":"最近同步","platform.capabilities":"能力","platform.sync":"同步","platform.syncOf":"同步 {name}","platform.syncTitle":"同步 {name}","platform.syncNow":"立即同步","platform.syncing":"同步中…","platform.editOf":"编辑 {name}","platform.editTitle":"编辑 {name}","platform.removeOf":"移除 {name}","platform.removeTitle":"移除 {name}？","platform.removeConfirm":"将从 xspace 中移除该平台及其目录（不影响平台本身）。平台上仍有桌面时会被拒绝。","platform.secret":"密钥","platform.dropSecret":"删除已存储的密钥","platform.mapping":"项目 → 租户映射","platform.noMapping":"未映射任何项目：所有来源都是系统来源。","platform.project":"项目","platform.tenantSlug":"租户（标识）","platform.addMapping":"添加映射","platform.removeMapping":"删除 {project} 的映射","platform.saveMapping":"保存映射","platform.interval":"定时同步间隔（秒）","platform.onDemand":"仅按需同步","platform.intervalRange":"间隔须为 60 到 604800 之间的整数秒，或留空。","platform.images":"此平台上的镜像","platform.templates":"此平台上的模板","kind.OPENSTACK":"OpenStack","kind.ZSTACK":"ZSphere","kind.SMARTX":"SmartX","kind.WXSTACK":"WxStack","cap.images":"镜像","cap.templates":"模板","cap.bootEditable":"可修改启动模式","cap.bootFixed":"启动模式不可修改","cap.videoEditable":"可修改显卡","cap.videoFixed":"显卡不可修改","sync.RUNNING":"进行中","sync.SUCCEEDED":"成功","sync.FAILED":"失败","sync.counts":"新增 {added}，更新 {updated}，移除 {removed}","sync.live":"目前：新增 {added}，更新 {updated}，移除 {removed}，导入桌面 {imported}。","syncEvent.STARTED":"已开始","syncEvent.SOURCE_ADDED":"新增","syncEvent.SOURCE_UPDATED":"更新","syncEvent.SOURCE_REMOVED":"移除","syncEvent.DESKTOP_IMPORTED":"导入桌面","syncEvent.FINISHED":"已完成","syncEvent.FAILED":"失败","syncEvent.PROGRESS":"进度","syncEvent.RESYNC":"有事件遗漏，正在重新读取","accounts.tenants":"租户","accounts.users":"用户","accounts.newTenant":"新建租户","accounts.newUser":"新建用户","accounts.slug":"标识","accounts.tenant":"租户","accounts.role":"角色","accounts.status":"状态","accounts.enabled":"已启用","accounts.disabled":"已停用","accounts.enable":"启用","accounts.disable":"停用","accounts.enableOf":"启用 {name}","accounts.disableOf":"停用 {name}","accounts.systemNamespace":"（系统）","audit.at":"时间","audit.actor":"操作者","audit.action":"操作","audit.target":"对象","audit.outcome":"结果","audit.detail":"详情","audit.service":"（服务或代理）","desktops.create":"创建桌面","desktops.select":"选择","desktops.selectOf":"选择 {name}","desktops.source":"来源","desktops.owner":"分配给","desktops.nobody":"（无人）","desktops.credentials":"凭据","desktops.updateCredentials":"更新凭据","desktops.updateOf":"更新凭据：{name}","desktops.updateSelected":"更新所选 {count} 个桌面的凭据","desktops.updatedCount":"已更新 {count} 个桌面的凭据。","desktops.staleCount":"{count} 个已过期","desktops.assign":"分配","desktops.assignOf":"分配 {name}","desktops.assignTitle":"分配 {name}","desktops.customCredentials":"自定义凭据","desktops.credentialsOf":"{name} 的自定义凭据","desktops.credentialsTitle":"{name} 的自定义凭据","desktops.credentialsIntro":"自定义凭据优先于来源的副本，执行“更新凭据”时保持不变。","desktops.adIgnores":"此桌面使用 AD 账号登录：不使用已存储的凭据。","desktops.clearCustom":"清除自定义凭据","desktops.deleteOf":"删除 {name}","desktops.deleteTitle":"删除 {name}？","desktops.deleteConfirm":"将删除该桌面及其虚拟机。","cred.CUSTOM":"自定义","cred.IMAGE":"来自来源","cred.NONE":"无","cred.password":"密码","cred.stale":"已过期","cred.staleHint":"来源的凭据在复制后已更改：请使用“更新凭据”。","create.source":"来源","create.system":"系统","create.custom":"自定义","create.adMode":"AD 域","create.pickSource":"请选择来源。","create.pickBootMode":"请选择启动模式。","create.notReady":"此来源尚不能用于创建桌面：{reasons}","create.mismatch":"来源的启动模式为 {source}；由它创建的桌面也必须为 {source}，而不是 {mode}。","desktop.fromAgent":"来自代理","desktop.preset":"预设","desktop.osUnknown":"操作系统未知","desktop.loginMode":"登录方式","desktop.localMode":"自动登录（本地账号）","desktop.adMode":"AD 域 {domain}","desktop.agent":"代理","desktop.agentConnected":"已连接","desktop.agentLast":"最近上报 {at}","desktop.agentNever":"从未上报","desktop.platform":"平台","desktop.removed":"已从平台移除","desktop.connection":"连接信息","connection.title":"连接到 {name}","connection.autoLogin":"自动登录","connection.domain":"域","connection.adPassword":"使用您自己的 AD 密码（不存储任何密码）。","connection.none":"（无）","connection.show":"显示密码","connection.hide":"隐藏密码","my.none":"尚未为您分配桌面。"},Vn={en:st,"zh-CN":Bn},at="xspace.lang";function qn(){try{const t=localStorage.getItem(at);if(t==="en"||t==="zh-CN")return t}catch{}return navigator.language?.toLowerCase().startsWith("zh")?"zh-CN":"en"}function Wn(t,n){return n?t.replace(/\{(\w+)\}/g,(o,s)=>s in n?String(n[s]):o):t}const rt=i.createContext(null);function Kn({children:t}){const[n,o]=i.useState(qn);i.useEffect(()=>{document.documentElement.lang=n},[n]);const s=i.useMemo(()=>{const l=Vn[n];return{lang:n,setLang:a=>{try{localStorage.setItem(at,a)}catch{}o(a)},t:(a,r)=>Wn(l[a]??st[a]??a,r),when:a=>new Date(a).toLocaleString(n),time:a=>new Date(a).toLocaleTimeString(n)}},[n]);return e.jsx(rt.Provider,{value:s,children:t})}function oe(){const t=i.useContext(rt);if(!t)throw new Error("useI18n outside I18nProvider");return t}function F(){return oe().t}const Hn=["UNAUTHENTICATED","FORBIDDEN","NOT_FOUND","BAD_USER_INPUT","CONFLICT","BOOT_MODE_MISMATCH","VIDEO_MODEL_NOT_VIRTIO","BOOT_MODE_NOT_EDITABLE","PLATFORM_UNAVAILABLE","GRAPHQL_PARSE_FAILED","GRAPHQL_VALIDATION_FAILED","INTERNAL","RATE_LIMITED","NETWORK"];function Gn(t,n){if(n instanceof te){const o=Hn.includes(n.code),s=t(o?`error.${n.code}`:"error.UNKNOWN",{code:n.code});return n.message&&n.message!==s?`${s} ${t("error.server",{message:n.message})}`:s}return typeof n=="string"?n:t("error.UNKNOWN",{code:"?"})}function R({error:t}){const n=F();if(!t)return null;const o=t instanceof te?t.code:"CLIENT";return e.jsx("p",{className:"error",role:"alert","data-code":o,children:Gn(n,t)})}function zn(){const t=F(),[n,o]=i.useState(""),[s,l]=i.useState(""),[a,r]=i.useState(""),[d,u]=i.useState(!1),[m,c]=i.useState(null),j=async p=>{p.preventDefault(),u(!0),c(null);try{const h=await K(un,{input:{tenant:n.trim()||null,username:s.trim(),password:a}},{anonymous:!0});r(""),nt(h.login)}catch(h){c(h)}finally{u(!1)}};return e.jsx("div",{className:"login-page",children:e.jsxs("main",{id:"main",className:"login-card",children:[e.jsx("div",{className:"login-lang",children:e.jsx(yt,{})}),e.jsxs("h1",{children:[e.jsx("span",{className:"logo","aria-hidden":"true",children:"◆"})," ","xspace"]}),e.jsx("p",{className:"muted",children:t("login.intro")}),e.jsxs("form",{onSubmit:j,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:t("login.tenant")}),e.jsx("input",{name:"tenant",value:n,onChange:p=>o(p.target.value),autoComplete:"organization"}),e.jsx("small",{className:"muted",children:t("login.tenantHint")})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:t("login.username")}),e.jsx("input",{name:"username",value:s,onChange:p=>l(p.target.value),autoComplete:"username",required:!0})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:t("login.password")}),e.jsx("input",{name:"password",type:"password",value:a,onChange:p=>r(p.target.value),autoComplete:"current-password",required:!0})]}),e.jsx(R,{error:m}),e.jsx("button",{type:"submit",className:"primary",disabled:d,children:t(d?"login.signingIn":"login.signIn")})]})]})})}function Yn(t){return/(?:query|mutation)\s+(\w+)/.exec(t.toString())?.[1]??"anonymous"}function V(t,n,o=!1){const s=JSON.stringify(n),[l,a]=i.useState({data:null,error:null,loading:!o}),[r,d]=i.useState(0),u=i.useRef(0);i.useEffect(()=>{if(o)return;const c=++u.current;a(j=>({...j,loading:!0})),K(t,JSON.parse(s)).then(j=>{performance.mark(`xspace:data:${Yn(t)}`),c===u.current&&a({data:j,error:null,loading:!1})},j=>c===u.current&&a(p=>({data:p.data,error:j,loading:!1})))},[t,s,r,o]);const m=i.useCallback(()=>d(c=>c+1),[]);return{...l,reload:m}}function X(t){const[n,o]=i.useState(!1),[s,l]=i.useState(null);return{run:i.useCallback(async r=>{o(!0),l(null);try{return await K(t,r)}catch(d){return l(d),null}finally{o(!1)}},[t]),busy:n,error:s,setError:l}}function H(t){return t===null?"null":Array.isArray(t)?"array":typeof t}function ee(t){return H(t)==="object"}function Qn(t){return Array.isArray(t)&&t.length>0&&t.every(n=>"message"in n)}function Oe(t,n){return t.length<124?t:n}const Xn="graphql-transport-ws";var G=(t=>(t[t.InternalServerError=4500]="InternalServerError",t[t.InternalClientError=4005]="InternalClientError",t[t.BadRequest=4400]="BadRequest",t[t.BadResponse=4004]="BadResponse",t[t.Unauthorized=4401]="Unauthorized",t[t.Forbidden=4403]="Forbidden",t[t.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",t[t.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",t[t.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",t[t.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",t[t.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",t))(G||{}),z=(t=>(t.ConnectionInit="connection_init",t.ConnectionAck="connection_ack",t.Ping="ping",t.Pong="pong",t.Subscribe="subscribe",t.Next="next",t.Error="error",t.Complete="complete",t))(z||{});function it(t){if(!ee(t))throw new Error(`Message is expected to be an object, but got ${H(t)}`);if(!t.type)throw new Error("Message is missing the 'type' property");if(typeof t.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${H(t.type)}`);switch(t.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(t.payload!=null&&!ee(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${t.payload}"`);break}case"subscribe":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${H(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);if(!ee(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an object, but got ${H(t.payload)}`);if(typeof t.payload.query!="string")throw new Error(`"${t.type}" message payload expects the 'query' property to be a string, but got ${H(t.payload.query)}`);if(t.payload.variables!=null&&!ee(t.payload.variables))throw new Error(`"${t.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${H(t.payload.variables)}`);if(t.payload.operationName!=null&&H(t.payload.operationName)!=="string")throw new Error(`"${t.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${H(t.payload.operationName)}`);if(t.payload.extensions!=null&&!ee(t.payload.extensions))throw new Error(`"${t.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${H(t.payload.extensions)}`);break}case"next":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${H(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);if(!ee(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an object, but got ${H(t.payload)}`);break}case"error":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${H(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);if(!Qn(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(t.payload)}`);break}case"complete":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${H(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${t.type}"`)}return t}function Jn(t,n){return it(typeof t=="string"?JSON.parse(t,n):t)}function le(t,n){return it(t),JSON.stringify(t,n)}function Zn(t){const{url:n,connectionParams:o,lazy:s=!0,onNonLazyError:l=console.error,lazyCloseTimeout:a=0,keepAlive:r=0,disablePong:d,connectionAckWaitTimeout:u=0,retryAttempts:m=5,retryWait:c=async function(P){const k=Math.pow(2,P);await new Promise(O=>setTimeout(O,k*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:j=ye,on:p,webSocketImpl:h,generateID:g=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,P=>{const k=Math.random()*16|0;return(P=="x"?k:k&3|8).toString(16)})},jsonMessageReplacer:E,jsonMessageReviver:T}=t;let $;if(h){if(!to(h))throw new Error("Invalid WebSocket implementation provided");$=h}else typeof WebSocket<"u"?$=WebSocket:typeof global<"u"?$=global.WebSocket||global.MozWebSocket:typeof window<"u"&&($=window.WebSocket||window.MozWebSocket);if(!$)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const A=$,S=(()=>{const D=(()=>{const k={};return{on(O,L){return k[O]=L,()=>{delete k[O]}},emit(O){"id"in O&&k[O.id]?.(O)}}})(),P={connecting:p?.connecting?[p.connecting]:[],opened:p?.opened?[p.opened]:[],connected:p?.connected?[p.connected]:[],ping:p?.ping?[p.ping]:[],pong:p?.pong?[p.pong]:[],message:p?.message?[D.emit,p.message]:[D.emit],closed:p?.closed?[p.closed]:[],error:p?.error?[p.error]:[]};return{onMessage:D.on,on(k,O){const L=P[k];return L.push(O),()=>{const f=L.indexOf(O);f>-1&&L.splice(f,1)}},emit(k,...O){for(const L of[...P[k]])L(...O)}}})();function v(D){const P=[S.on("error",k=>{P.forEach(O=>O()),D(k)}),S.on("closed",k=>{P.forEach(O=>O()),D(k)})];return()=>P.forEach(k=>k())}let C,N=0,_,y=!1,b=0,x=!1;async function q(){clearTimeout(_);const[D,P]=await(C??(C=new Promise((L,f)=>(async()=>{if(y){if(await c(b),!N)return C=void 0,f({code:1e3,reason:"All Subscriptions Gone"});b++}S.emit("connecting",y);const M=new A(typeof n=="function"?await n():n,Xn);let Q,se;function me(){isFinite(r)&&r>0&&(clearTimeout(se),se=setTimeout(()=>{M.readyState===A.OPEN&&(M.send(le({type:z.Ping})),S.emit("ping",!1,void 0))},r))}v(W=>{C=void 0,clearTimeout(Q),clearTimeout(se),f(W),W instanceof Fe&&(M.close(4499,"Terminated"),M.onerror=null,M.onclose=null)}),M.onerror=W=>S.emit("error",W),M.onclose=W=>S.emit("closed",W),M.onopen=async()=>{try{S.emit("opened",M);const W=typeof o=="function"?await o():o;if(M.readyState!==A.OPEN)return;M.send(le(W?{type:z.ConnectionInit,payload:W}:{type:z.ConnectionInit},E)),isFinite(u)&&u>0&&(Q=setTimeout(()=>{M.close(G.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},u)),me()}catch(W){S.emit("error",W),M.close(G.InternalClientError,Oe(W instanceof Error?W.message:String(W),"Internal client error"))}};let ae=!1;M.onmessage=({data:W})=>{try{const B=Jn(W,T);if(S.emit("message",B),B.type==="ping"||B.type==="pong"){S.emit(B.type,!0,B.payload),B.type==="pong"?me():d||(M.send(le(B.payload?{type:z.Pong,payload:B.payload}:{type:z.Pong},E)),S.emit("pong",!1,B.payload));return}if(ae)return;if(B.type!==z.ConnectionAck)throw new Error(`First message cannot be of type ${B.type}`);clearTimeout(Q),ae=!0,S.emit("connected",M,B.payload,y),y=!1,b=0;const Me=new Promise((Uo,bt)=>v(bt));Me.catch(()=>{}),L([M,Me])}catch(B){M.onmessage=null,S.emit("error",B),M.close(G.BadResponse,Oe(B instanceof Error?B.message:String(B),"Bad response"))}}})())));D.readyState===A.CLOSING&&await P;let k=()=>{};const O=new Promise(L=>k=L);return[D,k,new Promise((L,f)=>{const M=v(f);D.readyState!==A.OPEN&&P.catch(f),O.then(()=>{if(M(),!N){const Q=()=>D.close(1e3,"Normal Closure");isFinite(a)&&a>0?(clearTimeout(_),_=setTimeout(()=>{!N&&D.readyState===A.OPEN&&Q()},a)):Q()}L()})})]}function U(D){if(ye(D)&&(eo(D.code)||[G.InternalServerError,G.InternalClientError,G.BadRequest,G.BadResponse,G.Unauthorized,G.SubprotocolNotAcceptable,G.SubscriberAlreadyExists,G.TooManyInitialisationRequests].includes(D.code)))throw D;if(x)return!1;if(ye(D)&&D.code===1e3)return N>0;if(!m||b>=m||!j(D))throw D;return y=!0}s||(async()=>{for(N++;;)try{const[,,D]=await q();await D}catch(D){try{if(!U(D))return}catch(P){return l?.(P)}}})();function Z(D,P){const k=g(D);let O=!1,L=!1,f=()=>{N--,O=!0};return(async()=>{for(N++;;)try{const[M,Q,se]=await q();if(O)return se.catch(()=>{}),Q();const me=S.onMessage(k,ae=>{switch(ae.type){case z.Next:{P.next(ae.payload);return}case z.Error:{L=!0,O=!0,P.error(ae.payload),f();return}case z.Complete:{O=!0,f();return}}});M.send(le({id:k,type:z.Subscribe,payload:D},E)),f=()=>{!O&&M.readyState===A.OPEN&&M.send(le({id:k,type:z.Complete},E)),N--,O=!0,Q()},await se.finally(me);return}catch(M){if(!U(M))return}})().then(()=>{L||P.complete()}).catch(M=>{P.error(M)}),()=>{O||f()}}return{on:S.on,subscribe:Z,iterate(D){const P=[],k={done:!1,error:null,resolve:()=>{}},O=Z(D,{next(f){P.push(f),k.resolve()},error(f){k.done=!0,k.error=f,k.resolve()},complete(){k.done=!0,k.resolve()}}),L=(async function*(){for(;;){for(P.length||await new Promise(M=>k.resolve=M);P.length;)yield P.shift();if(k.error)throw k.error;if(k.done)return}})();return L.throw=async f=>(k.done||(k.done=!0,k.error=f,k.resolve()),{done:!0,value:void 0}),L.return=async()=>(O(),{done:!0,value:void 0}),L},async dispose(){if(x=!0,C){const[D]=await C;D.close(1e3,"Normal Closure")}},terminate(){C&&S.emit("closed",new Fe)}}}class Fe extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function ye(t){return ee(t)&&"code"in t&&"reason"in t}function eo(t){return[1e3,1001,1006,1005,1012,1013,1014].includes(t)?!1:t>=1e3&&t<=1999}function to(t){return typeof t=="function"&&"constructor"in t&&"CLOSED"in t&&"CLOSING"in t&&"CONNECTING"in t&&"OPEN"in t}let ne=null,fe=!1;const ve=new Set,ke=new Set;function no(){const{protocol:t,host:n}=window.location;return`${t==="https:"?"wss":"ws"}://${n}/graphql`}function oo(){return ne||(ne=Zn({url:no(),connectionParams:()=>({token:tt()}),lazy:!0,lazyCloseTimeout:3e3,keepAlive:1e4,retryAttempts:Number.POSITIVE_INFINITY,shouldRetry:()=>!0,retryWait:async t=>{await new Promise(n=>setTimeout(n,Math.min(8e3,500*2**t)))},on:{connected:(t,n,o)=>{fe=!0;for(const s of ve)s();if(ve.clear(),o)for(const s of ke)s()},closed:()=>{fe=!1}}}),ne)}ot(()=>{ne&&(ne.dispose(),ne=null,fe=!1)});function Ne(t,n,o,s,l){ke.add(s);const a=oo().subscribe({query:t.toString(),variables:n},{next:r=>{r.data&&o(r.data),r.errors?.length},error:r=>l?.(r instanceof Error?r.message:"subscription closed"),complete:()=>{}});return()=>{ke.delete(s),a()}}function dt(){const t=()=>new Promise(n=>setTimeout(n,300));return fe?t():new Promise(n=>ve.add(n)).then(t)}function he(t,n,o,s=null){const[l,a]=i.useState([]),[r,d]=i.useState(0);return i.useEffect(()=>{t&&a(t)},[t]),i.useEffect(()=>Ne(Tn,{desktopId:s},u=>{const m=u.desktopEvents;if(d(j=>j+1),m.kind==="RESYNC"){n();return}const c=m.desktop;a(j=>{if(m.kind==="DELETED"||!c)return j.filter(g=>g.id!==m.desktopId);const p=j.findIndex(g=>g.id===c.id);if(p<0)return o?[...j,c].sort((g,E)=>g.name.localeCompare(E.name)):j;const h=j.slice();return h[p]=c,h})},n),[n,o,s]),[l,r]}const Ie="xspace:navigate";function so(t){return window.addEventListener("popstate",t),window.addEventListener(Ie,t),()=>{window.removeEventListener("popstate",t),window.removeEventListener(Ie,t)}}function ao(){return i.useSyncExternalStore(so,()=>window.location.pathname)}function De(t,n=!1){n?window.history.replaceState(null,"",t):window.history.pushState(null,"",t),window.dispatchEvent(new Event(Ie))}function ro(t,n){const o=t.split("/"),s=n.replace(/\/+$/,"").split("/");if(o.length!==s.length)return null;const l={};for(let a=0;a<o.length;a++)if(o[a].startsWith(":"))l[o[a].slice(1)]=decodeURIComponent(s[a]);else if(o[a]!==s[a])return null;return l}function J(t){const{to:n,onClick:o,...s}=t,l=a=>{o?.(a),!(a.defaultPrevented||a.button!==0||a.metaKey||a.ctrlKey||a.shiftKey||a.altKey)&&(a.preventDefault(),De(n))};return e.jsx("a",{href:n,onClick:l,...s})}function ge(t,n){const o=(n??"").toLowerCase(),s=(t??"").toLowerCase();if(s==="windows"||o.startsWith("win"))return"windows";for(const l of["ubuntu","centos","uos","kylin","debian"])if(o.includes(l))return l;return o.includes("deepin")?"uos":s==="linux"||o?"linux":"unknown"}const xe={windows:"Windows",ubuntu:"Ubuntu",centos:"CentOS",uos:"UOS",kylin:"Kylin",debian:"Debian",linux:"Linux",unknown:"?"},io={windows:e.jsxs("g",{fill:"#1677c9",children:[e.jsx("rect",{x:"3",y:"3",width:"8.5",height:"8.5",rx:"0.6"}),e.jsx("rect",{x:"12.5",y:"3",width:"8.5",height:"8.5",rx:"0.6"}),e.jsx("rect",{x:"3",y:"12.5",width:"8.5",height:"8.5",rx:"0.6"}),e.jsx("rect",{x:"12.5",y:"12.5",width:"8.5",height:"8.5",rx:"0.6"})]}),ubuntu:e.jsxs("g",{children:[e.jsx("circle",{cx:"12",cy:"12",r:"10",fill:"#e95420"}),e.jsx("circle",{cx:"12",cy:"12",r:"4.6",fill:"none",stroke:"#fff",strokeWidth:"1.8"}),e.jsx("circle",{cx:"6.2",cy:"12",r:"1.9",fill:"#fff"}),e.jsx("circle",{cx:"14.9",cy:"7",r:"1.9",fill:"#fff"}),e.jsx("circle",{cx:"14.9",cy:"17",r:"1.9",fill:"#fff"})]}),centos:e.jsxs("g",{transform:"rotate(45 12 12)",children:[e.jsx("rect",{x:"4",y:"4",width:"7.4",height:"7.4",fill:"#9ccd2a"}),e.jsx("rect",{x:"12.6",y:"4",width:"7.4",height:"7.4",fill:"#932279"}),e.jsx("rect",{x:"4",y:"12.6",width:"7.4",height:"7.4",fill:"#efa724"}),e.jsx("rect",{x:"12.6",y:"12.6",width:"7.4",height:"7.4",fill:"#262577"})]}),uos:e.jsxs("g",{children:[e.jsx("rect",{x:"2",y:"2",width:"20",height:"20",rx:"5",fill:"#0081ff"}),e.jsx("path",{d:"M7.5 6.5v6.2a4.5 4.5 0 0 0 9 0V6.5",fill:"none",stroke:"#fff",strokeWidth:"2.4",strokeLinecap:"round"})]}),kylin:e.jsxs("g",{children:[e.jsx("circle",{cx:"12",cy:"12",r:"10",fill:"#c8102e"}),e.jsx("path",{d:"M8.5 6.5v11M8.5 12.5l6.5-6M10.6 10.6l5 6.9",fill:"none",stroke:"#fff",strokeWidth:"2.2",strokeLinecap:"round"})]}),debian:e.jsx("path",{d:"M13.6 12.3a1.9 1.9 0 1 1-2.3-2.6 4 4 0 0 1 4.8 3.3 5.6 5.6 0 0 1-5.3 6.2 7.4 7.4 0 0 1-7.2-7.6A8 8 0 0 1 12 3.6",fill:"none",stroke:"#d70a53",strokeWidth:"2.3",strokeLinecap:"round"}),linux:e.jsxs("g",{children:[e.jsx("ellipse",{cx:"12",cy:"13",rx:"6.5",ry:"8.5",fill:"#222"}),e.jsx("ellipse",{cx:"12",cy:"15",rx:"4.2",ry:"5.6",fill:"#fff"}),e.jsx("circle",{cx:"10",cy:"8",r:"1.1",fill:"#fff"}),e.jsx("circle",{cx:"14",cy:"8",r:"1.1",fill:"#fff"}),e.jsx("path",{d:"M10.3 10.2h3.4L12 11.8z",fill:"#f4b400"}),e.jsx("ellipse",{cx:"8",cy:"21",rx:"2.6",ry:"1.2",fill:"#f4b400"}),e.jsx("ellipse",{cx:"16",cy:"21",rx:"2.6",ry:"1.2",fill:"#f4b400"})]}),unknown:e.jsxs("g",{fill:"none",stroke:"#5b6472",strokeWidth:"1.8",strokeLinejoin:"round",children:[e.jsx("rect",{x:"3",y:"4",width:"18",height:"12",rx:"1.5"}),e.jsx("path",{d:"M9 20h6M12 16v4",strokeLinecap:"round"})]})};function Ee({os:t,size:n=40,label:o}){return e.jsx("svg",{className:"os-icon","data-os":t,width:n,height:n,viewBox:"0 0 24 24",role:"img","aria-label":o,children:io[t]})}const Pe='a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';function Y(t){const n=i.useRef(null),o=i.useId(),s=F();i.useEffect(()=>{const a=document.activeElement,r=n.current;return r&&!r.open&&r.showModal(),(r?.querySelector("[data-autofocus]")??r?.querySelector(Pe))?.focus(),()=>{a?.focus?.()}},[]);const l=a=>{if(a.key!=="Tab"||!n.current)return;const r=Array.from(n.current.querySelectorAll(Pe));if(r.length===0)return;const d=r[0],u=r[r.length-1];a.shiftKey&&document.activeElement===d?(a.preventDefault(),u.focus()):!a.shiftKey&&document.activeElement===u&&(a.preventDefault(),d.focus())};return e.jsxs("dialog",{ref:n,className:t.wide?"dialog wide":"dialog","aria-labelledby":o,onKeyDown:l,onCancel:a=>{a.preventDefault(),t.onClose()},children:[e.jsxs("div",{className:"dialog-head",children:[e.jsx("h2",{id:o,children:t.title}),e.jsx("button",{type:"button",className:"icon-button","aria-label":s("common.close"),onClick:t.onClose,children:"×"})]}),t.children]})}function lo({desktop:t,onClose:n}){const o=F(),s=V($n,{desktopId:t.id}),[l,a]=i.useState(!1),r=s.data?.connectionInfo;return e.jsxs(Y,{title:o("connection.title",{name:t.name}),onClose:n,children:[s.loading&&!r&&e.jsx("p",{"aria-live":"polite",children:o("common.loading")}),e.jsx(R,{error:s.error}),r&&e.jsxs("dl",{className:"facts connection","data-testid":"connection",children:[e.jsx("dt",{children:o("desktop.loginMode")}),e.jsx("dd",{children:r.loginMode==="AD_DOMAIN"?o("desktop.adMode",{domain:r.adDomain??""}):o("desktop.localMode")}),e.jsx("dt",{children:o("connection.autoLogin")}),e.jsx("dd",{children:r.autoLogin?o("common.yes"):o("common.no")}),r.loginMode==="AD_DOMAIN"?e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:o("connection.domain")}),e.jsx("dd",{"data-testid":"ad-domain",children:r.adDomain}),e.jsx("dt",{children:o("login.password")}),e.jsx("dd",{"data-testid":"no-password",children:o("connection.adPassword")})]}):e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:o("login.username")}),e.jsx("dd",{"data-testid":"conn-username",children:r.username??o("connection.none")}),e.jsx("dt",{children:o("login.password")}),e.jsxs("dd",{children:[r.password==null?e.jsx("span",{"data-testid":"no-password",children:o("connection.none")}):l?e.jsx("code",{"data-testid":"conn-password",children:r.password}):e.jsx("span",{children:"••••••••"})," ",r.password!=null&&e.jsx("button",{type:"button",className:"link-button","aria-pressed":l,onClick:()=>a(d=>!d),children:o(l?"connection.hide":"connection.show")})]})]})]}),e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",onClick:n,children:o("common.close")})})]})}function Te(t){const n=ge(t.osType,t.osDistro);return[n==="unknown"?"":xe[n],t.osDistro&&n==="windows"?t.osDistro:"",t.osVersion??""].filter(Boolean).join(" ")}function lt({d:t,linked:n=!0}){const{t:o,when:s}=oe(),[l,a]=i.useState(!1),r=ge(t.osInfo.osType,t.osInfo.osDistro),d=t.osInfo.source==="AGENT"?o("desktop.fromAgent"):t.osInfo.source==="PRESET"?o("desktop.preset"):o("desktop.osUnknown");return e.jsxs("article",{className:"card desktop-card","data-desktop":t.name,"aria-labelledby":`d-${t.id}`,children:[e.jsxs("div",{className:"card-head",children:[e.jsx(Ee,{os:r,label:r==="unknown"?o("desktop.osUnknown"):xe[r]}),e.jsxs("div",{children:[e.jsx("h2",{id:`d-${t.id}`,className:"card-title",children:n?e.jsx(J,{to:`/my/desktops/${encodeURIComponent(t.id)}`,children:t.name}):t.name}),e.jsxs("p",{className:"muted os-line",children:[Te(t.osInfo)||o("desktop.osUnknown")," · ",e.jsx("span",{className:`origin origin-${t.osInfo.source.toLowerCase()}`,children:d})]})]})]}),e.jsxs("dl",{className:"facts",children:[e.jsx("dt",{children:o("desktop.loginMode")}),e.jsx("dd",{children:t.loginMode==="AD_DOMAIN"?o("desktop.adMode",{domain:t.adDomain??""}):o("desktop.localMode")}),e.jsx("dt",{children:o("desktop.agent")}),e.jsx("dd",{children:t.agent.connected?e.jsx("span",{className:"badge ok",children:o("desktop.agentConnected")}):t.agent.lastReportAt?o("desktop.agentLast",{at:s(t.agent.lastReportAt)}):o("desktop.agentNever")}),e.jsx("dt",{children:o("desktop.platform")}),e.jsx("dd",{children:t.platform.name})]}),t.removedFromPlatform&&e.jsx("p",{className:"badge warn",children:o("desktop.removed")}),e.jsx("button",{type:"button",className:"primary",onClick:()=>a(!0),children:o("desktop.connection")}),l&&e.jsx(lo,{desktop:t,onClose:()=>a(!1)})]})}function co(){const t=F(),n=V(Xe,{first:100}),o=i.useMemo(()=>n.data?.desktops.edges.map(l=>l.node),[n.data]),[s]=he(o,n.reload,!0);return e.jsxs("section",{children:[e.jsx("h1",{children:t("nav.myDesktops")}),e.jsx(R,{error:n.error}),n.loading&&!n.data&&e.jsx("p",{"aria-live":"polite",children:t("common.loading")}),n.data&&s.length===0&&e.jsx("p",{children:t("my.none")}),e.jsx("div",{className:"cards",children:s.map(l=>e.jsx(lt,{d:l},l.id))})]})}function uo({id:t}){const n=F(),o=V(Je,{id:t}),s=o.data?.node,l=i.useMemo(()=>s&&s.__typename==="Desktop"?[s]:o.data?[]:void 0,[s,o.data]),[a]=he(l,o.reload,!1,t);return e.jsxs("section",{children:[e.jsx("p",{children:e.jsxs(J,{to:"/my/desktops",children:["← ",n("nav.myDesktops")]})}),e.jsx(R,{error:o.error}),o.data&&a.length===0&&e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n("common.notFoundTitle")}),e.jsx("p",{"data-testid":"not-found",children:n("common.objectNotFound")})]}),a[0]&&e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:a[0].name}),e.jsx("div",{className:"cards",children:e.jsx(lt,{d:a[0],linked:!1})})]})]})}function ct({value:t,onChange:n}){const o=F(),s=(l,a)=>n(t.map((r,d)=>d===l?{...r,...a}:r));return e.jsxs("fieldset",{className:"mapping",children:[e.jsx("legend",{children:o("platform.mapping")}),t.length===0&&e.jsx("p",{className:"muted small",children:o("platform.noMapping")}),t.map((l,a)=>e.jsxs("div",{className:"mapping-row",children:[e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:o("platform.project")}),e.jsx("input",{value:l.project,onChange:r=>s(a,{project:r.target.value})})]}),e.jsx("span",{"aria-hidden":"true",children:"→"}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:o("platform.tenantSlug")}),e.jsx("input",{value:l.tenant,onChange:r=>s(a,{tenant:r.target.value})})]}),e.jsx("button",{type:"button",onClick:()=>n(t.filter((r,d)=>d!==a)),"aria-label":o("platform.removeMapping",{project:l.project||String(a+1)}),children:"×"})]},a)),e.jsx("button",{type:"button",onClick:()=>n([...t,{project:"",tenant:""}]),children:o("platform.addMapping")})]})}const mo=["OPENSTACK","ZSTACK","SMARTX","WXSTACK"];function po(t){const n=F(),o=t.platform,[s,l]=i.useState(o?.name??""),[a,r]=i.useState(o?.kind??"OPENSTACK"),[d,u]=i.useState(o?.endpoint??""),[m,c]=i.useState(""),[j,p]=i.useState(!1),[h,g]=i.useState(o?.projectTenants?.map(N=>({...N}))??[]),[E,T]=i.useState(o?.syncIntervalSeconds!=null?String(o.syncIntervalSeconds):""),[$,A]=i.useState(!1),[S,v]=i.useState(null),C=async N=>{N.preventDefault(),v(null);const _=E.trim()===""?null:Number(E);if(_!=null&&(!Number.isInteger(_)||_<60||_>604800))return v(n("platform.intervalRange"));const y=h.map(b=>({project:b.project.trim(),tenant:b.tenant.trim()})).filter(b=>b.project||b.tenant);A(!0);try{o?await K(We,{input:{id:o.id,name:s.trim(),endpoint:d.trim(),...j?{secret:""}:m?{secret:m}:{},projectTenants:y,syncIntervalSeconds:_}}):await K(hn,{input:{name:s.trim(),kind:a,endpoint:d.trim(),secret:m||null,projectTenants:y,syncIntervalSeconds:_}}),c(""),t.onSaved()}catch(b){v(b)}finally{A(!1)}};return e.jsx(Y,{title:o?n("platform.editTitle",{name:o.name}):n("platform.add"),onClose:t.onClose,wide:!0,children:e.jsxs("form",{onSubmit:C,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("col.name")}),e.jsx("input",{value:s,onChange:N=>l(N.target.value),required:!0,"data-autofocus":!0})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("platform.kind")}),e.jsx("select",{value:a,onChange:N=>r(N.target.value),disabled:!!o,children:mo.map(N=>e.jsx("option",{value:N,children:n(`kind.${N}`)},N))})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("platform.endpoint")}),e.jsx("input",{value:d,onChange:N=>u(N.target.value),required:!0,placeholder:"https://… | sim://name?images=10"})]}),e.jsxs("label",{className:"field",children:[e.jsxs("span",{children:[n("platform.secret")," ",o&&e.jsx("span",{className:"badge","data-testid":"secret-state",children:o.hasSecret?n("common.set"):n("common.notSet")})]}),e.jsx("input",{type:"password",value:m,onChange:N=>c(N.target.value),autoComplete:"new-password",disabled:j,placeholder:o?.hasSecret?n("source.passwordKeep"):""})]}),o?.hasSecret&&e.jsxs("label",{className:"check",children:[e.jsx("input",{type:"checkbox",checked:j,onChange:N=>p(N.target.checked)}),e.jsx("span",{children:n("platform.dropSecret")})]}),e.jsx(ct,{value:h,onChange:g}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("platform.interval")}),e.jsx("input",{inputMode:"numeric",value:E,onChange:N=>T(N.target.value),placeholder:n("platform.onDemand")})]}),e.jsx(R,{error:S}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:$,children:n("common.save")})]})]})})}function $e({run:t}){const{t:n,when:o}=oe();if(!t)return e.jsx("span",{className:"muted",children:n("platform.neverSynced")});const s=t.status==="SUCCEEDED"?"ok":t.status==="FAILED"?"bad":"";return e.jsxs("span",{children:[e.jsx("span",{className:`badge ${s}`,children:n(`sync.${t.status}`)})," ",e.jsx("time",{dateTime:t.finishedAt??t.startedAt,children:o(t.finishedAt??t.startedAt)}),e.jsxs("div",{className:"muted small",children:[n("sync.counts",{added:t.added,updated:t.updated,removed:t.removed}),t.error&&` · ${t.error}`]})]})}function ut({c:t}){const n=F();return e.jsxs("ul",{className:"caps",children:[e.jsx("li",{children:t.resourceModel==="IMAGES"?n("cap.images"):n("cap.templates")}),e.jsx("li",{className:t.bootModeEditable?"":"muted",children:t.bootModeEditable?n("cap.bootEditable"):n("cap.bootFixed")}),e.jsx("li",{className:t.videoModelEditable?"":"muted",children:t.videoModelEditable?n("cap.videoEditable"):n("cap.videoFixed")})]})}function mt({platform:t,onDone:n}){const o=F(),[s,l]=i.useState({added:0,updated:0,removed:0,imported:0}),[a,r]=i.useState([]),[d,u]=i.useState(null),[m,c]=i.useState(!1),[j,p]=i.useState(null),h=i.useRef(null);i.useEffect(()=>()=>h.current?.(),[]);const g=async()=>{c(!0),p(null),u(null),r([]),l({added:0,updated:0,removed:0,imported:0}),h.current?.(),h.current=Ne(Ke,{platformId:t.id},E=>{const T=E.syncEvents;u(T.run),l(A=>({added:A.added+(T.kind==="SOURCE_ADDED"?1:0),updated:A.updated+(T.kind==="SOURCE_UPDATED"?1:0),removed:A.removed+(T.kind==="SOURCE_REMOVED"?1:0),imported:A.imported+(T.kind==="DESKTOP_IMPORTED"?1:0)}));const $=T.message??(T.source?`${o(`syncEvent.${T.kind}`)}: ${T.source.name}`:o(`syncEvent.${T.kind}`));r(A=>[...A.slice(-7),$])},()=>{});try{await dt();const E=await K(xn,{id:t.id});u(E.syncCloudPlatform),n()}catch(E){p(E)}finally{c(!1)}};return e.jsxs("div",{className:"sync-panel",children:[e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",className:"primary",onClick:()=>{g()},disabled:m,"data-autofocus":!0,children:o(m?"platform.syncing":"platform.syncNow")})}),e.jsx("p",{"aria-live":"polite","data-testid":"sync-live",children:o("sync.live",s)}),a.length>0&&e.jsx("ul",{className:"steps small",children:a.map((E,T)=>e.jsx("li",{children:E},T))}),e.jsx(R,{error:j}),d&&!m&&e.jsxs("div",{role:"status","data-testid":"sync-result","data-status":d.status,children:[e.jsx($e,{run:d}),d.notes.length>0&&e.jsx("ul",{className:"small",children:d.notes.map((E,T)=>e.jsx("li",{children:E},T))})]})]})}function fo(){const t=F(),n=V(pn,{}),[o,s]=i.useState(null),[l,a]=i.useState(null),[r,d]=i.useState(null),u=X(gn),m=n.data?.cloudPlatforms??[];return e.jsxs("section",{children:[e.jsxs("div",{className:"page-head",children:[e.jsx("h1",{children:t("nav.platforms")}),e.jsx("button",{type:"button",className:"primary",onClick:()=>s("new"),children:t("platform.add")})]}),e.jsx(R,{error:n.error}),e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:t("nav.platforms")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t("col.name")}),e.jsx("th",{scope:"col",children:t("platform.kind")}),e.jsx("th",{scope:"col",children:t("platform.endpoint")}),e.jsx("th",{scope:"col",children:t("platform.availability")}),e.jsx("th",{scope:"col",children:t("platform.lastSync")}),e.jsx("th",{scope:"col",children:t("platform.capabilities")}),e.jsx("th",{scope:"col",children:t("col.actions")})]})}),e.jsx("tbody",{children:m.map(c=>e.jsxs("tr",{"data-platform":c.name,children:[e.jsx("th",{scope:"row",children:e.jsx(J,{to:`/system/platforms/${encodeURIComponent(c.id)}`,children:c.name})}),e.jsx("td",{children:t(`kind.${c.kind}`)}),e.jsx("td",{className:"mono small",children:c.endpoint}),e.jsx("td",{children:c.available==null?e.jsx("span",{className:"badge",children:t("platform.neverSynced")}):c.available?e.jsx("span",{className:"badge ok",children:t("platform.available")}):e.jsx("span",{className:"badge bad",children:t("platform.unavailable")})}),e.jsx("td",{children:e.jsx($e,{run:c.lastSync})}),e.jsx("td",{children:e.jsx(ut,{c:c.capabilities})}),e.jsx("td",{children:e.jsxs("div",{className:"row-actions",children:[e.jsx("button",{type:"button",onClick:()=>d(c),"aria-label":t("platform.syncOf",{name:c.name}),children:t("platform.sync")}),e.jsx("button",{type:"button",onClick:()=>s(c),"aria-label":t("platform.editOf",{name:c.name}),children:t("common.edit")}),e.jsx("button",{type:"button",className:"danger",onClick:()=>a(c),"aria-label":t("platform.removeOf",{name:c.name}),children:t("common.remove")})]})})]},c.id))})]})}),o&&e.jsx(po,{platform:o==="new"?null:o,onClose:()=>s(null),onSaved:()=>{s(null),n.reload()}}),r&&e.jsx(Y,{title:t("platform.syncTitle",{name:r.name}),onClose:()=>d(null),wide:!0,children:e.jsx(mt,{platform:r,onDone:n.reload})}),l&&e.jsxs(Y,{title:t("platform.removeTitle",{name:l.name}),onClose:()=>a(null),children:[e.jsx("p",{children:t("platform.removeConfirm")}),e.jsx(R,{error:u.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:()=>a(null),"data-autofocus":!0,children:t("common.cancel")}),e.jsx("button",{type:"button",className:"danger",disabled:u.busy,onClick:async()=>{await u.run({id:l.id})&&(a(null),n.reload())},children:t("common.remove")})]})]})]})}function ce(){const[t,n]=i.useState([null]),o=t[t.length-1],s=i.useCallback(r=>{r&&n(d=>[...d,r])},[]),l=i.useCallback(()=>n(r=>r.length>1?r.slice(0,-1):r),[]),a=i.useCallback(()=>n([null]),[]);return{after:o,page:t.length,next:s,prev:l,reset:a}}function ue(t){const n=F();return e.jsxs("div",{className:"pager",role:"group","aria-label":n("pager.label"),children:[e.jsx("button",{type:"button",onClick:t.onPrev,disabled:t.page<=1,children:n("pager.prev")}),e.jsxs("span",{"aria-live":"polite",children:[n("pager.page",{page:t.page}),t.total!=null&&` · ${n("pager.total",{total:t.total})}`]}),e.jsx("button",{type:"button",onClick:()=>t.onNext(t.pageInfo?.endCursor),disabled:!t.pageInfo?.hasNextPage,children:n("pager.next")})]})}const ho=["VIDEO_MODEL_NOT_VIRTIO","BOOT_MODE_UNKNOWN","REMOVED_FROM_PLATFORM","STATUS_NOT_ACTIVE","UEFI_NOT_SUPPORTED"];function pt({readiness:t}){const n=F();return t.ready?e.jsx("span",{className:"badge ok","data-ready":"true",children:n("ready.yes")}):e.jsx("span",{className:"readiness","data-ready":"false",children:t.problems.map(o=>e.jsxs("span",{className:"badge warn","data-problem":o.code,title:o.message,children:[ho.includes(o.code)?n(`ready.${o.code}`):o.code,e.jsxs("span",{className:"sr-only",children:[": ",o.message]})]},o.code))})}function go(t){const{t:n,time:o}=oe(),s=t.source,l=s.platform.capabilities.bootModeEditable,[a,r]=i.useState(s.bootMode==="UEFI"?"BIOS":"UEFI"),[d,u]=i.useState(`${s.name}-${(s.bootMode==="UEFI"?"BIOS":"UEFI").toLowerCase()}`),[m,c]=i.useState(!1),[j,p]=i.useState(null),[h,g]=i.useState([]),[E,T]=i.useState(null),$=i.useRef(null);i.useEffect(()=>()=>$.current?.(),[]);const A=async()=>{c(!0),p(null);try{const v=await K(kn,{input:{id:s.id,bootMode:a}});t.onChanged(v.setBootMode),T(n("boot.changed",{mode:v.setBootMode.bootMode??a}))}catch(v){p(v)}finally{c(!1)}},S=async()=>{c(!0),p(null),g([]),T(null),$.current?.(),$.current=Ne(Ke,{platformId:s.platform.id},v=>{const C=v.syncEvents,N=C.kind==="PROGRESS"?C.message??"":C.kind==="STARTED"?n("boot.stepStarted"):C.kind==="FINISHED"?n("boot.stepFinished"):C.kind==="FAILED"?n("boot.stepFailed",{message:C.message??C.run.error??""}):C.kind==="SOURCE_ADDED"?n("boot.stepAdded",{name:C.source?.name??""}):"";N&&g(_=>[..._,{at:C.at,kind:C.kind,text:N}])},()=>{});try{await dt();const v=await K(In,{input:{id:s.id,bootMode:a,name:d.trim()}});T(n("boot.copied",{name:v.copyWithBootMode.name,mode:v.copyWithBootMode.bootMode??a})),t.onCopied()}catch(v){p(v)}finally{c(!1)}};return e.jsxs(Y,{title:n("boot.title",{name:s.name}),onClose:t.onClose,wide:!0,children:[e.jsx("p",{children:n("boot.current",{mode:s.bootMode??n("boot.unknown")})}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("boot.target")}),e.jsxs("select",{value:a,onChange:v=>r(v.target.value),"data-autofocus":!0,children:[e.jsx("option",{value:"BIOS",children:"BIOS"}),e.jsx("option",{value:"UEFI",children:"UEFI"})]})]}),l?e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",className:"primary",disabled:m||a===s.bootMode,onClick:()=>{A()},children:n("boot.change")})}):e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"notice warn",role:"note","data-testid":"boot-not-editable",children:[e.jsx("p",{children:n("error.BOOT_MODE_NOT_EDITABLE")}),e.jsx("p",{children:n("boot.workaround",{platform:s.platform.name})})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("boot.copyName")}),e.jsx("input",{value:d,onChange:v=>u(v.target.value)})]}),e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",className:"primary",disabled:m||a===s.bootMode||!d.trim(),onClick:()=>{S()},children:n("boot.copy",{mode:a})})})]}),h.length>0&&e.jsx("ol",{className:"steps","aria-live":"polite","aria-label":n("boot.progress"),"data-testid":"copy-steps",children:h.map((v,C)=>e.jsxs("li",{"data-kind":v.kind,children:[e.jsx("time",{dateTime:v.at,children:o(v.at)})," ",v.text]},C))}),m&&e.jsx("p",{"aria-live":"polite",children:n("common.working")}),e.jsx(R,{error:j}),E&&e.jsx("p",{className:"notice",role:"status","data-testid":"boot-result",children:E}),e.jsx("div",{className:"actions",children:e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.close")})})]})}const xo=["win10","win11","win2019","win2022","ubuntu","debian","centos","uos","kylin"];function yo(t){const n=F(),o=t.source,[s,l]=i.useState(o.osType??""),[a,r]=i.useState(o.osDistro??""),[d,u]=i.useState(o.osUsername??""),[m,c]=i.useState(""),[j,p]=i.useState(!1),[h,g]=i.useState(null),[E,T]=i.useState(!1),[$,A]=i.useState(null),[S,v]=i.useState(null),C=async b=>{b.preventDefault(),g(null),T(!1),v(null);const x=d.trim();if(m&&!x)return g(n("source.needUser"));if(!m&&x&&x!==(o.osUsername??""))return g(n("source.needPassword"));p(!0);try{let q=o;(s!==(o.osType??"")||a.trim()!==(o.osDistro??""))&&(q=(await K(bn,{input:{id:o.id,osType:s||null,osDistro:a.trim().toLowerCase()||null,expectedVersion:q.version}})).setOsInfo);let U=!1;m&&(q=(await K(jn,{input:{id:o.id,username:x,password:m,expectedVersion:q.version}})).setOsCredentials,U=!0,c("")),t.onSaved(q),T(!0),U&&await N()}catch(q){g(q)}finally{p(!1)}},N=async()=>{try{const b=await K(Ae,{sourceId:o.id,dryRun:!0});A(b.updateCredentialsFromSource)}catch(b){(!(b instanceof te)||b.code!=="FORBIDDEN")&&g(b)}},_=async()=>{p(!0),g(null);try{const b=await K(Sn,{id:o.id});u(""),t.onSaved(b.clearOsCredentials),T(!0)}catch(b){g(b)}finally{p(!1)}},y=async()=>{p(!0);try{const b=await K(Ae,{sourceId:o.id,dryRun:!1});v(b.updateCredentialsFromSource),A(0)}catch(b){g(b)}finally{p(!1)}};return e.jsx(Y,{title:n("source.editTitle",{name:o.name}),onClose:t.onClose,children:e.jsxs("form",{onSubmit:C,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("source.osType")}),e.jsxs("select",{value:s,onChange:b=>l(b.target.value),"data-autofocus":!0,children:[e.jsx("option",{value:"",children:n("source.osNone")}),e.jsx("option",{value:"windows",children:"Windows"}),e.jsx("option",{value:"linux",children:"Linux"})]})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("source.osDistro")}),e.jsx("input",{list:"distros",value:a,onChange:b=>r(b.target.value)}),e.jsx("datalist",{id:"distros",children:xo.map(b=>e.jsx("option",{value:b},b))})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("col.systemUser")}),e.jsx("input",{value:d,onChange:b=>u(b.target.value),autoComplete:"off"})]}),e.jsxs("label",{className:"field",children:[e.jsxs("span",{children:[n("col.systemPassword")," ",e.jsx("span",{className:"badge","data-testid":"password-state",children:o.hasOsPassword?n("common.set"):n("common.notSet")})]}),e.jsx("input",{type:"password",value:m,onChange:b=>c(b.target.value),autoComplete:"new-password",placeholder:o.hasOsPassword?n("source.passwordKeep"):""})]}),e.jsx(R,{error:h}),E&&e.jsx("p",{className:"notice",role:"status",children:n("common.saved")}),$!=null&&$>0&&e.jsxs("div",{className:"notice",role:"status",children:[e.jsx("p",{children:n("source.staleCount",{count:$})}),e.jsx("button",{type:"button",onClick:()=>{y()},disabled:j,children:n("desktops.updateCredentials")})]}),S!=null&&e.jsx("p",{className:"notice",role:"status",children:n("desktops.updatedCount",{count:S})}),e.jsxs("div",{className:"actions",children:[(o.hasOsPassword||o.osUsername)&&e.jsx("button",{type:"button",onClick:()=>{_()},disabled:j,children:n("source.clearCredentials")}),e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.close")}),e.jsx("button",{type:"submit",className:"primary",disabled:j,children:n("common.save")})]})]})})}function ft(t){return[t.osType,t.osDistro].filter(Boolean).join(" / ")}function ht(t){const n=F(),[o,s]=i.useState(null),[l,a]=i.useState(null),r=X(vn),[d,u]=i.useState(null),m=async c=>{u(c.id);const j=await r.run({input:{id:c.id,videoModel:"VIRTIO"}});j&&t.onChanged(j.setVideoModel)};return e.jsxs("div",{className:"table-wrap",children:[d&&e.jsx(R,{error:r.error}),e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:t.caption}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n("col.name")}),e.jsx("th",{scope:"col",children:n("col.platform")}),e.jsx("th",{scope:"col",children:n("col.bootMode")}),e.jsx("th",{scope:"col",children:n("col.video")}),e.jsx("th",{scope:"col",children:n("col.os")}),e.jsx("th",{scope:"col",children:n("col.systemUser")}),e.jsx("th",{scope:"col",children:n("col.systemPassword")}),e.jsx("th",{scope:"col",children:n("col.readiness")}),e.jsx("th",{scope:"col",children:n("col.actions")})]})}),e.jsxs("tbody",{children:[t.rows.map(c=>e.jsxs("tr",{"data-source":c.name,children:[e.jsxs("th",{scope:"row",children:[c.name,e.jsx("div",{className:"muted small",children:c.tenant?`${c.externalId} · ${c.tenant.slug}`:c.externalId})]}),e.jsx("td",{children:c.platform.name}),e.jsx("td",{children:c.bootMode??"—"}),e.jsx("td",{"data-video":c.videoModel??"",children:c.videoModel?c.videoModel.toLowerCase():"—"}),e.jsx("td",{children:ft(c)||"—"}),e.jsx("td",{children:c.osUsername??"—"}),e.jsx("td",{children:c.hasOsPassword==null?"—":c.hasOsPassword?n("common.set"):n("common.notSet")}),e.jsx("td",{children:e.jsx(pt,{readiness:c.readiness})}),e.jsx("td",{children:e.jsxs("div",{className:"row-actions",children:[c.hasOsPassword!=null&&e.jsx("button",{type:"button",onClick:()=>s(c),"aria-label":n("source.editOf",{name:c.name}),children:n("common.edit")}),t.system&&c.videoModel!=="VIRTIO"&&c.platform.capabilities.videoModelEditable&&!c.removedFromPlatform&&e.jsx("button",{type:"button",disabled:r.busy,onClick:()=>{m(c)},"aria-label":n("source.virtioOf",{name:c.name}),children:n("source.virtio")}),t.system&&!c.removedFromPlatform&&e.jsx("button",{type:"button",onClick:()=>a(c),"aria-label":n("source.bootOf",{name:c.name}),children:n("source.boot")})]})})]},c.id)),t.rows.length===0&&e.jsx("tr",{children:e.jsx("td",{colSpan:9,className:"muted",children:n("common.empty")})})]})]}),o&&e.jsx(yo,{source:o,onClose:()=>s(null),onSaved:c=>{t.onChanged(c),s(c)}}),l&&e.jsx(go,{source:l,onClose:()=>a(null),onChanged:t.onChanged,onCopied:t.onAdded})]})}function bo({id:t}){const n=F(),o=ce(),[s,l]=i.useState(!0),a=V(yn,{id:t,first:50,after:o.after,images:s}),r=a.data?.node,d=r&&"kind"in r?r:null;i.useEffect(()=>{d&&d.capabilities.resourceModel==="IMAGES"!==s&&l(!s)},[d,s]);const u=(d?s?d.images:d.templates:void 0)??void 0,[m,c]=i.useState([]);i.useEffect(()=>c(u?.edges.map(S=>S.node)??[]),[u]);const[j,p]=i.useState(null),[h,g]=i.useState(null),[E,T]=i.useState(!1);if(a.data&&!d)return e.jsxs("section",{children:[e.jsx("p",{children:e.jsxs(J,{to:"/system/platforms",children:["← ",n("nav.platforms")]})}),e.jsx("h1",{children:n("common.notFoundTitle")}),e.jsx("p",{"data-testid":"not-found",children:n("common.objectNotFound")})]});const $=j??d?.projectTenants?.map(S=>({project:S.project,tenant:S.tenant}))??[],A=async()=>{if(d){g(null),T(!1);try{await K(We,{input:{id:d.id,projectTenants:$.filter(S=>S.project.trim()||S.tenant.trim())}}),T(!0),p(null),a.reload()}catch(S){g(S)}}};return e.jsxs("section",{children:[e.jsx("p",{children:e.jsxs(J,{to:"/system/platforms",children:["← ",n("nav.platforms")]})}),e.jsx(R,{error:a.error}),d&&e.jsxs(e.Fragment,{children:[e.jsxs("h1",{children:[d.name," ",e.jsx("span",{className:"muted small",children:n(`kind.${d.kind}`)})]}),e.jsxs("div",{className:"panels",children:[e.jsxs("div",{className:"panel",children:[e.jsx("h2",{children:n("platform.capabilities")}),e.jsx(ut,{c:d.capabilities}),e.jsx("h2",{children:n("platform.lastSync")}),e.jsx($e,{run:d.lastSync})]}),e.jsxs("div",{className:"panel",children:[e.jsx("h2",{children:n("platform.sync")}),e.jsx(mt,{platform:d,onDone:a.reload})]}),e.jsxs("div",{className:"panel",children:[e.jsx(ct,{value:$,onChange:p}),e.jsx(R,{error:h}),E&&e.jsx("p",{className:"notice",role:"status",children:n("common.saved")}),e.jsx("button",{type:"button",className:"primary",onClick:()=>{A()},children:n("platform.saveMapping")})]})]}),e.jsx("h2",{children:n(s?"platform.images":"platform.templates")}),e.jsx(ht,{caption:n(s?"platform.images":"platform.templates"),rows:m,system:!0,onChanged:S=>c(v=>v.map(C=>C.id===S.id?S:C)),onAdded:a.reload}),e.jsx(ue,{page:o.page,total:u?.totalCount,pageInfo:u?.pageInfo,onNext:o.next,onPrev:o.prev})]})]})}const jo={vdiImages:He,vdiTemplates:Ge,customImages:ze,customTemplates:Ye},So={vdiImages:"VdiImages",vdiTemplates:"VdiTemplates",customImages:"CustomImages",customTemplates:"CustomTemplates"},Re={vdiImages:"nav.systemImages",vdiTemplates:"nav.systemTemplates",customImages:"nav.customImages",customTemplates:"nav.customTemplates"},vo=50;function ko(t,n){const[o,s]=i.useState(t);return i.useEffect(()=>{const l=setTimeout(()=>s(t),n);return()=>clearTimeout(l)},[t,n]),o}function pe({kind:t}){const n=F(),o=ce(),[s,l]=i.useState(""),[a,r]=i.useState(""),[d,u]=i.useState(""),[m,c]=i.useState(""),[j,p]=i.useState(""),[h,g]=i.useState(!1),E=ko(s.trim(),250),{reset:T}=o;i.useEffect(T,[t,E,a,d,m,h,T]);const $=V(fn,{}),A={nameContains:E||null,platformId:a||null,ready:d===""?null:d==="true",osType:m||null,includeRemoved:h},S=V(jo[t],{first:vo,after:o.after,filter:A}),v=S.data?S.data[t]:void 0,[C,N]=i.useState([]);i.useEffect(()=>{v&&N(v.edges.map(x=>x.node))},[v]),i.useLayoutEffect(()=>{const x=`xspace:data:${So[t]}`;!C.length||performance.getEntriesByName(x).length===0||(performance.measure("xspace:rows-render",x),requestAnimationFrame(()=>setTimeout(()=>performance.measure("xspace:rows-painted",x),0)))},[C,t]);const _=i.useMemo(()=>j?C.filter(x=>x.bootMode===j):C,[C,j]),y=t==="vdiTemplates"||t==="customTemplates",b=($.data?.cloudPlatforms??[]).filter(x=>x.capabilities.resourceModel===(y?"TEMPLATES":"IMAGES"));return e.jsxs("section",{children:[e.jsx("h1",{children:n(Re[t])}),e.jsx("p",{className:"muted",children:n(t.startsWith("vdi")?"sources.introSystem":"sources.introCustom")}),e.jsxs("form",{className:"filters",role:"search",onSubmit:x=>x.preventDefault(),children:[e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.search")}),e.jsx("input",{type:"search",value:s,onChange:x=>l(x.target.value)})]}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.platform")}),e.jsxs("select",{value:a,onChange:x=>r(x.target.value),children:[e.jsx("option",{value:"",children:n("filter.any")}),b.map(x=>e.jsx("option",{value:x.id,children:x.name},x.id))]})]}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.readiness")}),e.jsxs("select",{value:d,onChange:x=>u(x.target.value),children:[e.jsx("option",{value:"",children:n("filter.any")}),e.jsx("option",{value:"true",children:n("ready.yes")}),e.jsx("option",{value:"false",children:n("ready.no")})]})]}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.bootMode")}),e.jsxs("select",{value:j,onChange:x=>p(x.target.value),children:[e.jsx("option",{value:"",children:n("filter.any")}),e.jsx("option",{value:"BIOS",children:"BIOS"}),e.jsx("option",{value:"UEFI",children:"UEFI"})]})]}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.os")}),e.jsxs("select",{value:m,onChange:x=>c(x.target.value),children:[e.jsx("option",{value:"",children:n("filter.any")}),e.jsx("option",{value:"windows",children:"Windows"}),e.jsx("option",{value:"linux",children:"Linux"})]})]}),e.jsxs("label",{className:"check",children:[e.jsx("input",{type:"checkbox",checked:h,onChange:x=>g(x.target.checked)}),e.jsx("span",{children:n("filter.includeRemoved")})]})]}),e.jsx(R,{error:S.error||$.error}),S.loading&&e.jsx("p",{className:"muted","aria-live":"polite",children:n("common.loading")}),e.jsx(ht,{caption:n(Re[t]),rows:_,system:t.startsWith("vdi"),onChanged:x=>N(q=>q.map(U=>U.id===x.id?x:U)),onAdded:()=>S.reload()}),e.jsx(ue,{page:o.page,total:v?.totalCount,pageInfo:v?.pageInfo,onNext:o.next,onPrev:o.prev})]})}function _e({viewer:t}){const n=F(),o=t.role==="SYSTEM_ADMIN",s=V(wn,{first:100},!o),[l,a]=i.useState(""),r=ce(),d=V(Qe,{first:50,after:r.after,tenantId:l||null}),[u,m]=i.useState(!1),[c,j]=i.useState(!1),p=X(Dn),h=s.data?.tenants.edges.map(g=>g.node)??[];return e.jsxs("section",{children:[e.jsx("h1",{children:n(o?"nav.tenants":"nav.users")}),o&&e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"page-head",children:[e.jsx("h2",{children:n("accounts.tenants")}),e.jsx("button",{type:"button",onClick:()=>m(!0),children:n("accounts.newTenant")})]}),e.jsx(R,{error:s.error}),e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:n("accounts.tenants")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n("accounts.slug")}),e.jsx("th",{scope:"col",children:n("col.name")})]})}),e.jsx("tbody",{children:h.map(g=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:g.slug}),e.jsx("td",{children:g.name})]},g.id))})]})]}),e.jsxs("div",{className:"page-head",children:[e.jsx("h2",{children:n("accounts.users")}),o&&e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("accounts.tenant")}),e.jsxs("select",{value:l,onChange:g=>{a(g.target.value),r.reset()},children:[e.jsx("option",{value:"",children:n("filter.any")}),h.map(g=>e.jsx("option",{value:g.id,children:g.slug},g.id))]})]}),e.jsx("button",{type:"button",onClick:()=>j(!0),children:n("accounts.newUser")})]}),e.jsx(R,{error:d.error||p.error}),e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:n("accounts.users")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:n("login.username")}),e.jsx("th",{scope:"col",children:n("accounts.role")}),e.jsx("th",{scope:"col",children:n("accounts.tenant")}),e.jsx("th",{scope:"col",children:n("accounts.status")}),e.jsx("th",{scope:"col",children:n("col.actions")})]})}),e.jsx("tbody",{children:(d.data?.users.edges??[]).map(({node:g})=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:g.username}),e.jsx("td",{children:n(`role.${g.role}`)}),e.jsx("td",{children:g.tenant?.slug??"—"}),e.jsx("td",{children:g.disabled?e.jsx("span",{className:"badge bad",children:n("accounts.disabled")}):e.jsx("span",{className:"badge ok",children:n("accounts.enabled")})}),e.jsx("td",{children:g.id!==t.id&&e.jsx("button",{type:"button",onClick:async()=>{await p.run({id:g.id,disabled:!g.disabled})&&d.reload()},"aria-label":n(g.disabled?"accounts.enableOf":"accounts.disableOf",{name:g.username}),children:g.disabled?n("accounts.enable"):n("accounts.disable")})})]},g.id))})]}),e.jsx(ue,{page:r.page,total:d.data?.users.totalCount,pageInfo:d.data?.users.pageInfo,onNext:r.next,onPrev:r.prev}),u&&e.jsx(Io,{onClose:()=>m(!1),onSaved:()=>{m(!1),s.reload()}}),c&&e.jsx(wo,{system:o,tenants:h,onClose:()=>j(!1),onSaved:()=>{j(!1),d.reload()}})]})}function Io(t){const n=F(),[o,s]=i.useState(""),[l,a]=i.useState(""),r=X(Cn),d=async u=>{u.preventDefault(),await r.run({input:{slug:o.trim(),name:l.trim()}})&&t.onSaved()};return e.jsx(Y,{title:n("accounts.newTenant"),onClose:t.onClose,children:e.jsxs("form",{onSubmit:d,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("accounts.slug")}),e.jsx("input",{value:o,onChange:u=>s(u.target.value),required:!0,"data-autofocus":!0})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("col.name")}),e.jsx("input",{value:l,onChange:u=>a(u.target.value),required:!0})]}),e.jsx(R,{error:r.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:r.busy,children:n("common.save")})]})]})})}function wo(t){const n=F(),[o,s]=i.useState(""),[l,a]=i.useState(""),[r,d]=i.useState(""),[u,m]=i.useState(t.system?"SYSTEM_ADMIN":"TENANT_USER"),c=X(Nn),j=async h=>{h.preventDefault();const g={tenantId:t.system&&o||null,username:l.trim(),password:r,role:u};await c.run({input:g})&&t.onSaved()},p=t.system?o?["TENANT_ADMIN","TENANT_USER"]:["SYSTEM_ADMIN"]:["TENANT_ADMIN","TENANT_USER"];return e.jsx(Y,{title:n("accounts.newUser"),onClose:t.onClose,children:e.jsxs("form",{onSubmit:j,children:[t.system&&e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("accounts.tenant")}),e.jsxs("select",{value:o,onChange:h=>{s(h.target.value),m(h.target.value?"TENANT_USER":"SYSTEM_ADMIN")},"data-autofocus":!0,children:[e.jsx("option",{value:"",children:n("accounts.systemNamespace")}),t.tenants.map(h=>e.jsx("option",{value:h.id,children:h.slug},h.id))]})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("login.username")}),e.jsx("input",{value:l,onChange:h=>a(h.target.value),required:!0,autoComplete:"off"})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("login.password")}),e.jsx("input",{type:"password",value:r,onChange:h=>d(h.target.value),required:!0,autoComplete:"new-password"})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:n("accounts.role")}),e.jsx("select",{value:u,onChange:h=>m(h.target.value),children:p.map(h=>e.jsx("option",{value:h,children:n(`role.${h}`)},h))})]}),e.jsx(R,{error:c.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:t.onClose,children:n("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",children:n("common.save")})]})]})})}function Ue(){const{t,when:n}=oe(),o=ce(),s=V(En,{first:50,after:o.after}),l=s.data?.auditLog;return e.jsxs("section",{children:[e.jsxs("div",{className:"page-head",children:[e.jsx("h1",{children:t("nav.audit")}),e.jsx("button",{type:"button",onClick:s.reload,children:t("common.refresh")})]}),e.jsx(R,{error:s.error}),e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:t("nav.audit")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t("audit.at")}),e.jsx("th",{scope:"col",children:t("audit.actor")}),e.jsx("th",{scope:"col",children:t("audit.action")}),e.jsx("th",{scope:"col",children:t("audit.target")}),e.jsx("th",{scope:"col",children:t("audit.outcome")}),e.jsx("th",{scope:"col",children:t("audit.detail")})]})}),e.jsx("tbody",{children:(l?.edges??[]).map(({node:a})=>e.jsxs("tr",{children:[e.jsx("td",{children:e.jsx("time",{dateTime:a.at,children:n(a.at)})}),e.jsx("td",{children:a.actor?a.actor.tenant?`${a.actor.username}@${a.actor.tenant.slug}`:a.actor.username:t("audit.service")}),e.jsx("th",{scope:"row",className:"mono",children:a.action}),e.jsx("td",{className:"mono small",children:a.targetId??"—"}),e.jsx("td",{children:e.jsx("span",{className:`badge ${a.outcome==="ok"?"ok":a.outcome==="denied"?"bad":"warn"}`,children:a.outcome})}),e.jsx("td",{className:"small",children:a.detail??""})]},a.id))})]})}),e.jsx(ue,{page:o.page,total:l?.totalCount,pageInfo:l?.pageInfo,onNext:o.next,onPrev:o.prev})]})}function gt(t){return V(Qe,{first:100,tenantId:t.tenant?.id??null})}function Co({desktop:t,viewer:n,onClose:o}){const s=F(),l=gt(n),[a,r]=i.useState(t.owner?.id??""),d=X(On),u=async m=>{m.preventDefault(),await d.run({desktopId:t.id,ownerId:a||null})&&o()};return e.jsx(Y,{title:s("desktops.assignTitle",{name:t.name}),onClose:o,children:e.jsxs("form",{onSubmit:u,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("desktops.owner")}),e.jsxs("select",{value:a,onChange:m=>r(m.target.value),"data-autofocus":!0,children:[e.jsx("option",{value:"",children:s("desktops.nobody")}),(l.data?.users.edges??[]).filter(m=>m.node.role==="TENANT_USER").map(({node:m})=>e.jsx("option",{value:m.id,children:m.username},m.id))]})]}),e.jsx(R,{error:l.error||d.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:o,children:s("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:d.busy,children:s("common.save")})]})]})})}function No({desktop:t,onClose:n}){const o=F(),[s,l]=i.useState(t.credentials.customSet?t.credentials.username??"":""),[a,r]=i.useState(""),d=X(Fn),u=X(Pn),m=async c=>{c.preventDefault(),await d.run({input:{desktopId:t.id,username:s.trim(),password:a}})&&n()};return e.jsxs(Y,{title:o("desktops.credentialsTitle",{name:t.name}),onClose:n,children:[e.jsx("p",{className:"muted",children:o("desktops.credentialsIntro")}),t.loginMode==="AD_DOMAIN"&&e.jsx("p",{className:"notice warn",children:o("desktops.adIgnores")}),e.jsxs("form",{onSubmit:m,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:o("login.username")}),e.jsx("input",{value:s,onChange:c=>l(c.target.value),required:!0,autoComplete:"off","data-autofocus":!0})]}),e.jsxs("label",{className:"field",children:[e.jsxs("span",{children:[o("login.password")," ",e.jsx("span",{className:"badge",children:t.credentials.customSet?o("common.set"):o("common.notSet")})]}),e.jsx("input",{type:"password",value:a,onChange:c=>r(c.target.value),required:!0,autoComplete:"new-password"})]}),e.jsx(R,{error:d.error||u.error}),e.jsxs("div",{className:"actions",children:[t.credentials.customSet&&e.jsx("button",{type:"button",onClick:async()=>{await u.run({desktopId:t.id})&&n()},children:o("desktops.clearCustom")}),e.jsx("button",{type:"button",onClick:n,children:o("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:d.busy,children:o("common.save")})]})]})]})}function Do({desktop:t,onClose:n,onDeleted:o}){const s=F(),l=X(An);return e.jsxs(Y,{title:s("desktops.deleteTitle",{name:t.name}),onClose:n,children:[e.jsx("p",{children:s("desktops.deleteConfirm")}),e.jsx(R,{error:l.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:n,"data-autofocus":!0,children:s("common.cancel")}),e.jsx("button",{type:"button",className:"danger",disabled:l.busy,onClick:async()=>{await l.run({id:t.id})&&(o(),n())},children:s("common.delete")})]})]})}const Eo=40;function To({viewer:t,onClose:n,onCreated:o}){const s=F(),l={first:100,filter:{includeRemoved:!1}},a=V(He,l),r=V(Ge,l),d=V(ze,l),u=V(Ye,l),m=gt(t),c=i.useMemo(()=>[...d.data?.customImages.edges??[],...u.data?.customTemplates.edges??[],...a.data?.vdiImages.edges??[],...r.data?.vdiTemplates.edges??[]].map(M=>M.node),[a.data,r.data,d.data,u.data]),[j,p]=i.useState(""),[h,g]=i.useState(""),[E,T]=i.useState(""),[$,A]=i.useState(""),[S,v]=i.useState(""),[C,N]=i.useState("LOCAL"),[_,y]=i.useState(""),[b,x]=i.useState(null),q=X(Mn),U=c.find(f=>f.id===E),Z=h.trim().toLowerCase(),D=c.filter(f=>!Z||f.name.toLowerCase().includes(Z)).slice(0,Eo);U&&!D.includes(U)&&D.unshift(U);const P=f=>{T(f.id),x(null),f.bootMode&&A(f.bootMode)},k=!!(U&&$&&U.bootMode&&U.bootMode!==$),O=async f=>{if(f.preventDefault(),x(null),!U)return x(s("create.pickSource"));if(!U.readiness.ready)return x(s("create.notReady",{reasons:U.readiness.problems.map(Q=>Q.message).join("; ")}));if(!$)return x(s("create.pickBootMode"));if(k)return x(s("create.mismatch",{source:U.bootMode??"",mode:$}));await q.run({input:{name:j.trim(),sourceId:U.id,ownerId:S||null,bootMode:$,loginMode:C,adDomain:C==="AD_DOMAIN"?_.trim():null}})&&(o(),n())},L=a.error||r.error||d.error||u.error||m.error;return e.jsx(Y,{title:s("desktops.create"),onClose:n,wide:!0,children:e.jsxs("form",{onSubmit:O,children:[e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("col.name")}),e.jsx("input",{value:j,onChange:f=>p(f.target.value),required:!0,"data-autofocus":!0})]}),e.jsxs("fieldset",{className:"picker",children:[e.jsx("legend",{children:s("create.source")}),e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:s("filter.search")}),e.jsx("input",{type:"search",value:h,onChange:f=>g(f.target.value)})]}),e.jsx("div",{className:"picker-list",role:"radiogroup","aria-label":s("create.source"),children:D.map(f=>e.jsxs("label",{className:`picker-item${f.id===E?" picked":""}`,"data-source":f.name,children:[e.jsx("input",{type:"radio",name:"source",value:f.id,checked:f.id===E,onChange:()=>P(f)}),e.jsx("span",{className:"picker-name",children:f.name}),e.jsxs("span",{className:"muted small",children:[f.scope==="CUSTOM"?s("create.custom"):s("create.system")," · ",f.platform.name," · ",f.bootMode??"?"," · ",ft(f)||"—"]}),e.jsx(pt,{readiness:f.readiness})]},f.id))})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("col.bootMode")}),e.jsxs("select",{value:$,onChange:f=>A(f.target.value),"aria-invalid":k,children:[e.jsx("option",{value:"",children:"—"}),e.jsx("option",{value:"BIOS",children:"BIOS"}),e.jsx("option",{value:"UEFI",children:"UEFI"})]}),k&&U&&e.jsx("small",{className:"error-inline","data-testid":"mismatch",children:s("create.mismatch",{source:U.bootMode??"",mode:$})})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("desktops.owner")}),e.jsxs("select",{value:S,onChange:f=>v(f.target.value),children:[e.jsx("option",{value:"",children:s("desktops.nobody")}),(m.data?.users.edges??[]).filter(f=>f.node.role==="TENANT_USER").map(({node:f})=>e.jsx("option",{value:f.id,children:f.username},f.id))]})]}),e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("desktop.loginMode")}),e.jsxs("select",{value:C,onChange:f=>N(f.target.value),children:[e.jsx("option",{value:"LOCAL",children:s("desktop.localMode")}),e.jsx("option",{value:"AD_DOMAIN",children:s("create.adMode")})]})]}),C==="AD_DOMAIN"&&e.jsxs("label",{className:"field",children:[e.jsx("span",{children:s("connection.domain")}),e.jsx("input",{value:_,onChange:f=>y(f.target.value),required:!0})]}),e.jsx(R,{error:L}),b&&e.jsx("p",{className:"error",role:"alert","data-code":"CLIENT_REFUSED",children:b}),e.jsx(R,{error:q.error}),e.jsxs("div",{className:"actions",children:[e.jsx("button",{type:"button",onClick:n,children:s("common.cancel")}),e.jsx("button",{type:"submit",className:"primary",disabled:q.busy,children:s("desktops.create")})]})]})})}function xt({d:t}){const n=F(),o=t.credentials;return e.jsxs("span",{"data-stale":o.stale?"true":"false",children:[n(`cred.${o.effectiveSource}`),o.username&&` · ${o.username}`,o.hasPassword&&` · ${n("cred.password")}`,o.stale&&e.jsx("span",{className:"badge warn",title:n("cred.staleHint"),children:n("cred.stale")})]})}function $o({viewer:t}){const n=F(),o=ce(),[s,l]=i.useState(""),a=V(Xe,{first:50,after:o.after,filter:{nameContains:s.trim()||null}}),r=i.useMemo(()=>a.data?.desktops.edges.map(y=>y.node),[a.data]),[d]=he(r,a.reload,o.page===1&&!s.trim()),[u,m]=i.useState(new Set),[c,j]=i.useState(!1),[p,h]=i.useState(null),[g,E]=i.useState(!1),[T,$]=i.useState(null),[A,S]=i.useState(null),v=async y=>{E(!0),$(null),S(null);let b=0;try{for(const x of y)await K(Rn,{desktopId:x}),b++;m(new Set)}catch(x){$(x)}finally{E(!1),S(n("desktops.updatedCount",{count:b})),a.reload()}},C=y=>m(b=>{const x=new Set(b);return x.has(y)?x.delete(y):x.add(y),x}),N=()=>{h(null),a.reload()},_=d.filter(y=>y.credentials.stale).length;return e.jsxs("section",{children:[e.jsxs("div",{className:"page-head",children:[e.jsx("h1",{children:n("nav.desktops")}),e.jsx("button",{type:"button",className:"primary",onClick:()=>j(!0),children:n("desktops.create")})]}),e.jsxs("div",{className:"filters",children:[e.jsxs("label",{className:"field inline",children:[e.jsx("span",{children:n("filter.search")}),e.jsx("input",{type:"search",value:s,onChange:y=>l(y.target.value)})]}),e.jsx("button",{type:"button",disabled:g||u.size===0,onClick:()=>{v([...u])},children:n("desktops.updateSelected",{count:u.size})}),_>0&&e.jsx("span",{className:"badge warn",children:n("desktops.staleCount",{count:_})})]}),e.jsx(R,{error:a.error||T}),A&&e.jsx("p",{className:"notice",role:"status",children:A}),e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{className:"grid",children:[e.jsx("caption",{className:"sr-only",children:n("nav.desktops")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:e.jsx("span",{className:"sr-only",children:n("desktops.select")})}),e.jsx("th",{scope:"col",children:n("col.name")}),e.jsx("th",{scope:"col",children:n("col.os")}),e.jsx("th",{scope:"col",children:n("desktops.source")}),e.jsx("th",{scope:"col",children:n("desktops.owner")}),e.jsx("th",{scope:"col",children:n("col.bootMode")}),e.jsx("th",{scope:"col",children:n("desktop.loginMode")}),e.jsx("th",{scope:"col",children:n("desktops.credentials")}),e.jsx("th",{scope:"col",children:n("col.actions")})]})}),e.jsxs("tbody",{children:[d.map(y=>{const b=ge(y.osInfo.osType,y.osInfo.osDistro);return e.jsxs("tr",{"data-desktop":y.name,children:[e.jsx("td",{children:e.jsx("input",{type:"checkbox",checked:u.has(y.id),onChange:()=>C(y.id),"aria-label":n("desktops.selectOf",{name:y.name})})}),e.jsx("th",{scope:"row",children:e.jsx(J,{to:`/tenant/desktops/${encodeURIComponent(y.id)}`,children:y.name})}),e.jsxs("td",{className:"os-cell",children:[e.jsx(Ee,{os:b,size:20,label:xe[b]})," ",Te(y.osInfo)||"—"," ",e.jsx("span",{className:"muted small",children:y.osInfo.source==="AGENT"?n("desktop.fromAgent"):y.osInfo.source==="PRESET"?n("desktop.preset"):""})]}),e.jsx("td",{children:y.source.name}),e.jsx("td",{children:y.owner?.username??"—"}),e.jsx("td",{children:y.bootMode}),e.jsx("td",{children:y.loginMode==="AD_DOMAIN"?n("desktop.adMode",{domain:y.adDomain??""}):n("desktop.localMode")}),e.jsx("td",{children:e.jsx(xt,{d:y})}),e.jsx("td",{children:e.jsxs("div",{className:"row-actions",children:[e.jsx("button",{type:"button",disabled:g,onClick:()=>{v([y.id])},"aria-label":n("desktops.updateOf",{name:y.name}),children:n("desktops.updateCredentials")}),e.jsx("button",{type:"button",onClick:()=>h({kind:"assign",d:y}),"aria-label":n("desktops.assignOf",{name:y.name}),children:n("desktops.assign")}),e.jsx("button",{type:"button",onClick:()=>h({kind:"credentials",d:y}),"aria-label":n("desktops.credentialsOf",{name:y.name}),children:n("desktops.customCredentials")}),e.jsx("button",{type:"button",className:"danger",onClick:()=>h({kind:"delete",d:y}),"aria-label":n("desktops.deleteOf",{name:y.name}),children:n("common.delete")})]})})]},y.id)}),a.data&&d.length===0&&e.jsx("tr",{children:e.jsx("td",{colSpan:9,className:"muted",children:n("common.empty")})})]})]})}),e.jsx(ue,{page:o.page,total:a.data?.desktops.totalCount,pageInfo:a.data?.desktops.pageInfo,onNext:o.next,onPrev:o.prev}),c&&e.jsx(To,{viewer:t,onClose:()=>j(!1),onCreated:a.reload}),p?.kind==="assign"&&e.jsx(Co,{desktop:p.d,viewer:t,onClose:N}),p?.kind==="credentials"&&e.jsx(No,{desktop:p.d,onClose:N}),p?.kind==="delete"&&e.jsx(Do,{desktop:p.d,onClose:()=>h(null),onDeleted:a.reload})]})}function Mo({id:t}){const{t:n,when:o}=oe(),s=V(Je,{id:t}),l=s.data?.node,a=i.useMemo(()=>l&&l.__typename==="Desktop"?[l]:s.data?[]:void 0,[l,s.data]),[r]=he(a,s.reload,!1,t),d=r[0],u=d?ge(d.osInfo.osType,d.osInfo.osDistro):"unknown";return e.jsxs("section",{children:[e.jsx("p",{children:e.jsxs(J,{to:"/tenant/desktops",children:["← ",n("nav.desktops")]})}),e.jsx(R,{error:s.error}),s.data&&!d&&e.jsxs(e.Fragment,{children:[e.jsx("h1",{children:n("common.notFoundTitle")}),e.jsx("p",{"data-testid":"not-found",children:n("common.objectNotFound")})]}),d&&e.jsxs(e.Fragment,{children:[e.jsxs("h1",{children:[e.jsx(Ee,{os:u,size:28,label:xe[u]})," ",d.name]}),e.jsxs("dl",{className:"facts wide",children:[e.jsx("dt",{children:n("col.os")}),e.jsxs("dd",{children:[Te(d.osInfo)||"—"," (",d.osInfo.source==="AGENT"?n("desktop.fromAgent"):d.osInfo.source==="PRESET"?n("desktop.preset"):n("desktop.osUnknown"),")"]}),e.jsx("dt",{children:n("desktops.source")}),e.jsx("dd",{children:d.source.name}),e.jsx("dt",{children:n("desktop.platform")}),e.jsx("dd",{children:d.platform.name}),e.jsx("dt",{children:n("desktops.owner")}),e.jsx("dd",{children:d.owner?.username??"—"}),e.jsx("dt",{children:n("col.bootMode")}),e.jsx("dd",{children:d.bootMode}),e.jsx("dt",{children:n("desktop.loginMode")}),e.jsx("dd",{children:d.loginMode==="AD_DOMAIN"?n("desktop.adMode",{domain:d.adDomain??""}):n("desktop.localMode")}),e.jsx("dt",{children:n("desktops.credentials")}),e.jsx("dd",{children:e.jsx(xt,{d})}),e.jsx("dt",{children:n("desktop.agent")}),e.jsx("dd",{children:d.agent.connected?n("desktop.agentConnected"):d.agent.lastReportAt?n("desktop.agentLast",{at:o(d.agent.lastReportAt)}):n("desktop.agentNever")})]})]})]})}const re=["SYSTEM_ADMIN"],ie=["TENANT_ADMIN"],Le=["TENANT_USER"],Be=[{path:"/system/platforms",roles:re,nav:"nav.platforms",page:()=>e.jsx(fo,{})},{path:"/system/platforms/:id",roles:re,page:t=>e.jsx(bo,{id:t.id})},{path:"/system/images",roles:re,nav:"nav.systemImages",page:()=>e.jsx(pe,{kind:"vdiImages"})},{path:"/system/templates",roles:re,nav:"nav.systemTemplates",page:()=>e.jsx(pe,{kind:"vdiTemplates"})},{path:"/system/tenants",roles:re,nav:"nav.tenants",page:(t,n)=>e.jsx(_e,{viewer:n})},{path:"/system/audit",roles:re,nav:"nav.audit",page:()=>e.jsx(Ue,{})},{path:"/tenant/images",roles:ie,nav:"nav.customImages",page:()=>e.jsx(pe,{kind:"customImages"})},{path:"/tenant/templates",roles:ie,nav:"nav.customTemplates",page:()=>e.jsx(pe,{kind:"customTemplates"})},{path:"/tenant/desktops",roles:ie,nav:"nav.desktops",page:(t,n)=>e.jsx($o,{viewer:n})},{path:"/tenant/desktops/:id",roles:ie,page:t=>e.jsx(Mo,{id:t.id})},{path:"/tenant/users",roles:ie,nav:"nav.users",page:(t,n)=>e.jsx(_e,{viewer:n})},{path:"/tenant/audit",roles:ie,nav:"nav.audit",page:()=>e.jsx(Ue,{})},{path:"/my/desktops",roles:Le,nav:"nav.myDesktops",page:()=>e.jsx(co,{})},{path:"/my/desktops/:id",roles:Le,page:t=>e.jsx(uo,{id:t.id})}];function Ao(t){return t==="SYSTEM_ADMIN"?"/system/platforms":t==="TENANT_ADMIN"?"/tenant/desktops":"/my/desktops"}const Oo={SYSTEM_ADMIN:"console.system",TENANT_ADMIN:"console.tenant",TENANT_USER:"console.user"};function Fo(){return i.useSyncExternalStore(ot,Un)}function yt(){const{lang:t,setLang:n,t:o}=oe();return e.jsxs("label",{className:"lang",children:[e.jsx("span",{className:"sr-only",children:o("common.language")}),e.jsxs("select",{"aria-label":o("common.language"),value:t,onChange:s=>n(s.target.value),children:[e.jsx("option",{value:"en",children:"English"}),e.jsx("option",{value:"zh-CN",children:"简体中文"})]})]})}function Po(){const t=Fo(),n=ao(),o=F();if(!t){if(n!=="/login"){const r=n==="/"?"":`?next=${encodeURIComponent(n)}`;return e.jsx(Ve,{to:`/login${r}`})}return e.jsx(zn,{})}const s=t.viewer;if(n==="/"||n==="/login"||n==="/index.html"){const r=new URLSearchParams(window.location.search).get("next");return e.jsx(Ve,{to:r&&r.startsWith("/")&&!r.startsWith("//")?r:Ao(s.role)})}let l=e.jsx(Ro,{});for(const r of Be){const d=ro(r.path,n);if(d){l=r.roles.includes(s.role)?r.page(d,s):e.jsx(_o,{});break}}const a=Be.filter(r=>r.nav&&r.roles.includes(s.role));return e.jsxs("div",{className:"shell",children:[e.jsx("a",{className:"skip",href:"#main",children:o("common.skip")}),e.jsxs("header",{className:"top",children:[e.jsxs("div",{className:"brand",children:[e.jsx("span",{className:"logo","aria-hidden":"true",children:"◆"})," ","xspace · ",o(Oo[s.role])]}),e.jsxs("div",{className:"who",children:[e.jsx(yt,{}),e.jsxs("span",{className:"viewer","data-testid":"viewer",children:[s.tenant?`${s.username}@${s.tenant.slug}`:s.username," · ",o(`role.${s.role}`)]}),e.jsx("button",{type:"button",className:"link-button",onClick:()=>{Ce(),De("/login",!0)},children:o("common.signOut")})]})]}),e.jsxs("div",{className:"body",children:[e.jsx("nav",{className:"side","aria-label":o("nav.label"),children:e.jsx("ul",{children:a.map(r=>e.jsx("li",{children:e.jsx(J,{to:r.path,"aria-current":n.startsWith(r.path)?"page":void 0,children:o(r.nav)})},r.path))})}),e.jsx("main",{id:"main",tabIndex:-1,children:l})]})]})}function Ro(){const t=F();return e.jsxs("section",{children:[e.jsx("h1",{children:t("common.notFoundTitle")}),e.jsx("p",{"data-testid":"not-found",children:t("common.notFound")})]})}function _o(){const t=F();return e.jsxs("section",{children:[e.jsx("h1",{children:t("common.forbiddenTitle")}),e.jsx("p",{"data-testid":"not-for-role",children:t("common.forbidden")})]})}function Ve({to:t}){return i.useEffect(()=>De(t,!0),[t]),null}const qe=document.getElementById("root");qe&&jt.createRoot(qe).render(e.jsx(i.StrictMode,{children:e.jsx(Kn,{children:e.jsx(Po,{})})}));
