/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ViewerFields on User {\n    id\n    username\n    role\n    tenant {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh {\n    refreshToken {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  fragment PlatformFields on CloudPlatform {\n    id\n    name\n    kind\n    endpoint\n    available\n    hasSecret\n    syncIntervalSeconds\n    capabilities {\n      resourceModel\n      bootModeEditable\n      videoModelEditable\n      bootModeCopy\n      uefi\n    }\n    uefiSetting\n    placement {\n      ...PlacementFields\n    }\n    projectTenants {\n      project\n      tenant\n      placement {\n        ...PlacementFields\n      }\n    }\n    lastSync {\n      ...SyncRunFields\n    }\n  }\n": typeof types.PlatformFieldsFragmentDoc,
    "\n  fragment PlacementFields on Placement {\n    zone\n    cluster\n    host\n    instanceOffering\n    network\n    cpuCores\n    memoryMib\n    storagePolicy\n  }\n": typeof types.PlacementFieldsFragmentDoc,
    "\n  fragment SyncRunFields on SyncRun {\n    id\n    status\n    startedAt\n    finishedAt\n    added\n    updated\n    removed\n    error\n    notes\n  }\n": typeof types.SyncRunFieldsFragmentDoc,
    "\n  query Platforms {\n    cloudPlatforms {\n      ...PlatformFields\n    }\n  }\n": typeof types.PlatformsDocument,
    "\n  query PlatformNames {\n    cloudPlatforms {\n      id\n      name\n      kind\n      capabilities {\n        resourceModel\n        bootModeEditable\n        videoModelEditable\n        bootModeCopy\n        uefi\n      }\n    }\n  }\n": typeof types.PlatformNamesDocument,
    "\n  mutation AddPlatform($input: AddCloudPlatformInput!) {\n    addCloudPlatform(input: $input) {\n      ...PlatformFields\n    }\n  }\n": typeof types.AddPlatformDocument,
    "\n  mutation UpdatePlatform($input: UpdateCloudPlatformInput!) {\n    updateCloudPlatform(input: $input) {\n      ...PlatformFields\n    }\n  }\n": typeof types.UpdatePlatformDocument,
    "\n  mutation RemovePlatform($id: ID!) {\n    removeCloudPlatform(id: $id)\n  }\n": typeof types.RemovePlatformDocument,
    "\n  mutation SyncPlatform($id: ID!) {\n    syncCloudPlatform(id: $id) {\n      ...SyncRunFields\n    }\n  }\n": typeof types.SyncPlatformDocument,
    "\n  subscription SyncEvents($platformId: ID) {\n    syncEvents(platformId: $platformId) {\n      kind\n      message\n      at\n      platform {\n        id\n        name\n      }\n      run {\n        ...SyncRunFields\n      }\n      source {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SyncEventsDocument,
    "\n  fragment SourceFields on BootSource {\n    __typename\n    id\n    name\n    externalId\n    scope\n    bootMode\n    videoModel\n    osType\n    osDistro\n    osUsername\n    hasOsPassword\n    removedFromPlatform\n    version\n    syncedAt\n    tenant {\n      id\n      slug\n    }\n    platform {\n      id\n      name\n      kind\n      capabilities {\n        resourceModel\n        bootModeEditable\n        videoModelEditable\n        bootModeCopy\n        uefi\n      }\n    }\n    readiness {\n      ready\n      problems {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SourceFieldsFragmentDoc,
    "\n  query VdiImages($first: Int, $after: String, $filter: SourceFilter) {\n    vdiImages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n": typeof types.VdiImagesDocument,
    "\n  query VdiTemplates($first: Int, $after: String, $filter: SourceFilter) {\n    vdiTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n": typeof types.VdiTemplatesDocument,
    "\n  query CustomImages($first: Int, $after: String, $filter: SourceFilter) {\n    customImages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n": typeof types.CustomImagesDocument,
    "\n  query CustomTemplates($first: Int, $after: String, $filter: SourceFilter) {\n    customTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n": typeof types.CustomTemplatesDocument,
    "\n  query PlatformSources($id: ID!, $first: Int, $after: String, $images: Boolean!) {\n    node(id: $id) {\n      ... on CloudPlatform {\n        ...PlatformFields\n        images(first: $first, after: $after) @include(if: $images) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...SourceFields\n            }\n          }\n        }\n        templates(first: $first, after: $after) @skip(if: $images) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...SourceFields\n            }\n          }\n        }\n        syncRuns(first: 5) {\n          edges {\n            node {\n              ...SyncRunFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlatformSourcesDocument,
    "\n  mutation SetOsInfo($input: SetOsInfoInput!) {\n    setOsInfo(input: $input) {\n      ...SourceFields\n    }\n  }\n": typeof types.SetOsInfoDocument,
    "\n  mutation SetOsCredentials($input: SetOsCredentialsInput!) {\n    setOsCredentials(input: $input) {\n      ...SourceFields\n    }\n  }\n": typeof types.SetOsCredentialsDocument,
    "\n  mutation ClearOsCredentials($id: ID!) {\n    clearOsCredentials(id: $id) {\n      ...SourceFields\n    }\n  }\n": typeof types.ClearOsCredentialsDocument,
    "\n  mutation SetVideoModel($input: SetVideoModelInput!) {\n    setVideoModel(input: $input) {\n      ...SourceFields\n    }\n  }\n": typeof types.SetVideoModelDocument,
    "\n  mutation SetBootMode($input: SetBootModeInput!) {\n    setBootMode(input: $input) {\n      ...SourceFields\n    }\n  }\n": typeof types.SetBootModeDocument,
    "\n  mutation CopyWithBootMode($input: CopyWithBootModeInput!) {\n    copyWithBootMode(input: $input) {\n      ...SourceFields\n    }\n  }\n": typeof types.CopyWithBootModeDocument,
    "\n  query Tenants($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.TenantsDocument,
    "\n  query Users($first: Int, $after: String, $tenantId: ID) {\n    users(first: $first, after: $after, tenantId: $tenantId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          role\n          disabled\n          tenant {\n            id\n            slug\n          }\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      role\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n": typeof types.SetUserDisabledDocument,
    "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          targetId\n          outcome\n          detail\n          actor {\n            id\n            username\n            tenant {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment DesktopFields on Desktop {\n    id\n    name\n    externalId\n    removedFromPlatform\n    bootMode\n    loginMode\n    adDomain\n    version\n    createdAt\n    tenant {\n      id\n      slug\n    }\n    owner {\n      id\n      username\n    }\n    platform {\n      id\n      name\n      kind\n    }\n    source {\n      __typename\n      id\n      name\n    }\n    osInfo {\n      osType\n      osDistro\n      osVersion\n      source\n      reportedAt\n    }\n    agent {\n      connected\n      lastReportAt\n      hostname\n      agentVersion\n    }\n    credentials {\n      effectiveSource\n      username\n      hasPassword\n      customSet\n      imageCopyAt\n      stale\n    }\n  }\n": typeof types.DesktopFieldsFragmentDoc,
    "\n  query Desktops($first: Int, $after: String, $filter: DesktopFilter) {\n    desktops(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DesktopFields\n        }\n      }\n    }\n  }\n": typeof types.DesktopsDocument,
    "\n  query DesktopNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Desktop {\n        ...DesktopFields\n      }\n    }\n  }\n": typeof types.DesktopNodeDocument,
    "\n  subscription DesktopEvents($desktopId: ID) {\n    desktopEvents(desktopId: $desktopId) {\n      kind\n      desktopId\n      at\n      desktop {\n        ...DesktopFields\n      }\n    }\n  }\n": typeof types.DesktopEventsDocument,
    "\n  query ConnectionInfo($desktopId: ID!) {\n    connectionInfo(desktopId: $desktopId) {\n      loginMode\n      autoLogin\n      username\n      password\n      adDomain\n    }\n  }\n": typeof types.ConnectionInfoDocument,
    "\n  mutation CreateDesktop($input: CreateDesktopInput!) {\n    createDesktop(input: $input) {\n      ...DesktopFields\n    }\n  }\n": typeof types.CreateDesktopDocument,
    "\n  mutation DeleteDesktop($id: ID!) {\n    deleteDesktop(id: $id)\n  }\n": typeof types.DeleteDesktopDocument,
    "\n  mutation AssignDesktop($desktopId: ID!, $ownerId: ID) {\n    assignDesktop(desktopId: $desktopId, ownerId: $ownerId) {\n      ...DesktopFields\n    }\n  }\n": typeof types.AssignDesktopDocument,
    "\n  mutation SetDesktopCredentials($input: SetDesktopCredentialsInput!) {\n    setDesktopCredentials(input: $input) {\n      ...DesktopFields\n    }\n  }\n": typeof types.SetDesktopCredentialsDocument,
    "\n  mutation ClearDesktopCredentials($desktopId: ID!) {\n    clearDesktopCredentials(desktopId: $desktopId) {\n      ...DesktopFields\n    }\n  }\n": typeof types.ClearDesktopCredentialsDocument,
    "\n  mutation UpdateCredentials($desktopId: ID!) {\n    updateCredentials(desktopId: $desktopId) {\n      ...DesktopFields\n    }\n  }\n": typeof types.UpdateCredentialsDocument,
    "\n  mutation UpdateCredentialsFromSource($sourceId: ID!, $dryRun: Boolean!) {\n    updateCredentialsFromSource(sourceId: $sourceId, dryRun: $dryRun)\n  }\n": typeof types.UpdateCredentialsFromSourceDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on User {\n    id\n    username\n    role\n    tenant {\n      id\n      slug\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh {\n    refreshToken {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.RefreshDocument,
    "\n  fragment PlatformFields on CloudPlatform {\n    id\n    name\n    kind\n    endpoint\n    available\n    hasSecret\n    syncIntervalSeconds\n    capabilities {\n      resourceModel\n      bootModeEditable\n      videoModelEditable\n      bootModeCopy\n      uefi\n    }\n    uefiSetting\n    placement {\n      ...PlacementFields\n    }\n    projectTenants {\n      project\n      tenant\n      placement {\n        ...PlacementFields\n      }\n    }\n    lastSync {\n      ...SyncRunFields\n    }\n  }\n": types.PlatformFieldsFragmentDoc,
    "\n  fragment PlacementFields on Placement {\n    zone\n    cluster\n    host\n    instanceOffering\n    network\n    cpuCores\n    memoryMib\n    storagePolicy\n  }\n": types.PlacementFieldsFragmentDoc,
    "\n  fragment SyncRunFields on SyncRun {\n    id\n    status\n    startedAt\n    finishedAt\n    added\n    updated\n    removed\n    error\n    notes\n  }\n": types.SyncRunFieldsFragmentDoc,
    "\n  query Platforms {\n    cloudPlatforms {\n      ...PlatformFields\n    }\n  }\n": types.PlatformsDocument,
    "\n  query PlatformNames {\n    cloudPlatforms {\n      id\n      name\n      kind\n      capabilities {\n        resourceModel\n        bootModeEditable\n        videoModelEditable\n        bootModeCopy\n        uefi\n      }\n    }\n  }\n": types.PlatformNamesDocument,
    "\n  mutation AddPlatform($input: AddCloudPlatformInput!) {\n    addCloudPlatform(input: $input) {\n      ...PlatformFields\n    }\n  }\n": types.AddPlatformDocument,
    "\n  mutation UpdatePlatform($input: UpdateCloudPlatformInput!) {\n    updateCloudPlatform(input: $input) {\n      ...PlatformFields\n    }\n  }\n": types.UpdatePlatformDocument,
    "\n  mutation RemovePlatform($id: ID!) {\n    removeCloudPlatform(id: $id)\n  }\n": types.RemovePlatformDocument,
    "\n  mutation SyncPlatform($id: ID!) {\n    syncCloudPlatform(id: $id) {\n      ...SyncRunFields\n    }\n  }\n": types.SyncPlatformDocument,
    "\n  subscription SyncEvents($platformId: ID) {\n    syncEvents(platformId: $platformId) {\n      kind\n      message\n      at\n      platform {\n        id\n        name\n      }\n      run {\n        ...SyncRunFields\n      }\n      source {\n        id\n        name\n      }\n    }\n  }\n": types.SyncEventsDocument,
    "\n  fragment SourceFields on BootSource {\n    __typename\n    id\n    name\n    externalId\n    scope\n    bootMode\n    videoModel\n    osType\n    osDistro\n    osUsername\n    hasOsPassword\n    removedFromPlatform\n    version\n    syncedAt\n    tenant {\n      id\n      slug\n    }\n    platform {\n      id\n      name\n      kind\n      capabilities {\n        resourceModel\n        bootModeEditable\n        videoModelEditable\n        bootModeCopy\n        uefi\n      }\n    }\n    readiness {\n      ready\n      problems {\n        code\n        message\n      }\n    }\n  }\n": types.SourceFieldsFragmentDoc,
    "\n  query VdiImages($first: Int, $after: String, $filter: SourceFilter) {\n    vdiImages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n": types.VdiImagesDocument,
    "\n  query VdiTemplates($first: Int, $after: String, $filter: SourceFilter) {\n    vdiTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n": types.VdiTemplatesDocument,
    "\n  query CustomImages($first: Int, $after: String, $filter: SourceFilter) {\n    customImages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n": types.CustomImagesDocument,
    "\n  query CustomTemplates($first: Int, $after: String, $filter: SourceFilter) {\n    customTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n": types.CustomTemplatesDocument,
    "\n  query PlatformSources($id: ID!, $first: Int, $after: String, $images: Boolean!) {\n    node(id: $id) {\n      ... on CloudPlatform {\n        ...PlatformFields\n        images(first: $first, after: $after) @include(if: $images) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...SourceFields\n            }\n          }\n        }\n        templates(first: $first, after: $after) @skip(if: $images) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...SourceFields\n            }\n          }\n        }\n        syncRuns(first: 5) {\n          edges {\n            node {\n              ...SyncRunFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PlatformSourcesDocument,
    "\n  mutation SetOsInfo($input: SetOsInfoInput!) {\n    setOsInfo(input: $input) {\n      ...SourceFields\n    }\n  }\n": types.SetOsInfoDocument,
    "\n  mutation SetOsCredentials($input: SetOsCredentialsInput!) {\n    setOsCredentials(input: $input) {\n      ...SourceFields\n    }\n  }\n": types.SetOsCredentialsDocument,
    "\n  mutation ClearOsCredentials($id: ID!) {\n    clearOsCredentials(id: $id) {\n      ...SourceFields\n    }\n  }\n": types.ClearOsCredentialsDocument,
    "\n  mutation SetVideoModel($input: SetVideoModelInput!) {\n    setVideoModel(input: $input) {\n      ...SourceFields\n    }\n  }\n": types.SetVideoModelDocument,
    "\n  mutation SetBootMode($input: SetBootModeInput!) {\n    setBootMode(input: $input) {\n      ...SourceFields\n    }\n  }\n": types.SetBootModeDocument,
    "\n  mutation CopyWithBootMode($input: CopyWithBootModeInput!) {\n    copyWithBootMode(input: $input) {\n      ...SourceFields\n    }\n  }\n": types.CopyWithBootModeDocument,
    "\n  query Tenants($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.TenantsDocument,
    "\n  query Users($first: Int, $after: String, $tenantId: ID) {\n    users(first: $first, after: $after, tenantId: $tenantId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          role\n          disabled\n          tenant {\n            id\n            slug\n          }\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.CreateTenantDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      role\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n": types.SetUserDisabledDocument,
    "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          targetId\n          outcome\n          detail\n          actor {\n            id\n            username\n            tenant {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment DesktopFields on Desktop {\n    id\n    name\n    externalId\n    removedFromPlatform\n    bootMode\n    loginMode\n    adDomain\n    version\n    createdAt\n    tenant {\n      id\n      slug\n    }\n    owner {\n      id\n      username\n    }\n    platform {\n      id\n      name\n      kind\n    }\n    source {\n      __typename\n      id\n      name\n    }\n    osInfo {\n      osType\n      osDistro\n      osVersion\n      source\n      reportedAt\n    }\n    agent {\n      connected\n      lastReportAt\n      hostname\n      agentVersion\n    }\n    credentials {\n      effectiveSource\n      username\n      hasPassword\n      customSet\n      imageCopyAt\n      stale\n    }\n  }\n": types.DesktopFieldsFragmentDoc,
    "\n  query Desktops($first: Int, $after: String, $filter: DesktopFilter) {\n    desktops(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DesktopFields\n        }\n      }\n    }\n  }\n": types.DesktopsDocument,
    "\n  query DesktopNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Desktop {\n        ...DesktopFields\n      }\n    }\n  }\n": types.DesktopNodeDocument,
    "\n  subscription DesktopEvents($desktopId: ID) {\n    desktopEvents(desktopId: $desktopId) {\n      kind\n      desktopId\n      at\n      desktop {\n        ...DesktopFields\n      }\n    }\n  }\n": types.DesktopEventsDocument,
    "\n  query ConnectionInfo($desktopId: ID!) {\n    connectionInfo(desktopId: $desktopId) {\n      loginMode\n      autoLogin\n      username\n      password\n      adDomain\n    }\n  }\n": types.ConnectionInfoDocument,
    "\n  mutation CreateDesktop($input: CreateDesktopInput!) {\n    createDesktop(input: $input) {\n      ...DesktopFields\n    }\n  }\n": types.CreateDesktopDocument,
    "\n  mutation DeleteDesktop($id: ID!) {\n    deleteDesktop(id: $id)\n  }\n": types.DeleteDesktopDocument,
    "\n  mutation AssignDesktop($desktopId: ID!, $ownerId: ID) {\n    assignDesktop(desktopId: $desktopId, ownerId: $ownerId) {\n      ...DesktopFields\n    }\n  }\n": types.AssignDesktopDocument,
    "\n  mutation SetDesktopCredentials($input: SetDesktopCredentialsInput!) {\n    setDesktopCredentials(input: $input) {\n      ...DesktopFields\n    }\n  }\n": types.SetDesktopCredentialsDocument,
    "\n  mutation ClearDesktopCredentials($desktopId: ID!) {\n    clearDesktopCredentials(desktopId: $desktopId) {\n      ...DesktopFields\n    }\n  }\n": types.ClearDesktopCredentialsDocument,
    "\n  mutation UpdateCredentials($desktopId: ID!) {\n    updateCredentials(desktopId: $desktopId) {\n      ...DesktopFields\n    }\n  }\n": types.UpdateCredentialsDocument,
    "\n  mutation UpdateCredentialsFromSource($sourceId: ID!, $dryRun: Boolean!) {\n    updateCredentialsFromSource(sourceId: $sourceId, dryRun: $dryRun)\n  }\n": types.UpdateCredentialsFromSourceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    username\n    role\n    tenant {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh {\n    refreshToken {\n      token\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): typeof import('./graphql').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlatformFields on CloudPlatform {\n    id\n    name\n    kind\n    endpoint\n    available\n    hasSecret\n    syncIntervalSeconds\n    capabilities {\n      resourceModel\n      bootModeEditable\n      videoModelEditable\n      bootModeCopy\n      uefi\n    }\n    uefiSetting\n    placement {\n      ...PlacementFields\n    }\n    projectTenants {\n      project\n      tenant\n      placement {\n        ...PlacementFields\n      }\n    }\n    lastSync {\n      ...SyncRunFields\n    }\n  }\n"): typeof import('./graphql').PlatformFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementFields on Placement {\n    zone\n    cluster\n    host\n    instanceOffering\n    network\n    cpuCores\n    memoryMib\n    storagePolicy\n  }\n"): typeof import('./graphql').PlacementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SyncRunFields on SyncRun {\n    id\n    status\n    startedAt\n    finishedAt\n    added\n    updated\n    removed\n    error\n    notes\n  }\n"): typeof import('./graphql').SyncRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Platforms {\n    cloudPlatforms {\n      ...PlatformFields\n    }\n  }\n"): typeof import('./graphql').PlatformsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformNames {\n    cloudPlatforms {\n      id\n      name\n      kind\n      capabilities {\n        resourceModel\n        bootModeEditable\n        videoModelEditable\n        bootModeCopy\n        uefi\n      }\n    }\n  }\n"): typeof import('./graphql').PlatformNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlatform($input: AddCloudPlatformInput!) {\n    addCloudPlatform(input: $input) {\n      ...PlatformFields\n    }\n  }\n"): typeof import('./graphql').AddPlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlatform($input: UpdateCloudPlatformInput!) {\n    updateCloudPlatform(input: $input) {\n      ...PlatformFields\n    }\n  }\n"): typeof import('./graphql').UpdatePlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePlatform($id: ID!) {\n    removeCloudPlatform(id: $id)\n  }\n"): typeof import('./graphql').RemovePlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncPlatform($id: ID!) {\n    syncCloudPlatform(id: $id) {\n      ...SyncRunFields\n    }\n  }\n"): typeof import('./graphql').SyncPlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SyncEvents($platformId: ID) {\n    syncEvents(platformId: $platformId) {\n      kind\n      message\n      at\n      platform {\n        id\n        name\n      }\n      run {\n        ...SyncRunFields\n      }\n      source {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SyncEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceFields on BootSource {\n    __typename\n    id\n    name\n    externalId\n    scope\n    bootMode\n    videoModel\n    osType\n    osDistro\n    osUsername\n    hasOsPassword\n    removedFromPlatform\n    version\n    syncedAt\n    tenant {\n      id\n      slug\n    }\n    platform {\n      id\n      name\n      kind\n      capabilities {\n        resourceModel\n        bootModeEditable\n        videoModelEditable\n        bootModeCopy\n        uefi\n      }\n    }\n    readiness {\n      ready\n      problems {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VdiImages($first: Int, $after: String, $filter: SourceFilter) {\n    vdiImages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VdiImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VdiTemplates($first: Int, $after: String, $filter: SourceFilter) {\n    vdiTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VdiTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomImages($first: Int, $after: String, $filter: SourceFilter) {\n    customImages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomTemplates($first: Int, $after: String, $filter: SourceFilter) {\n    customTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SourceFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformSources($id: ID!, $first: Int, $after: String, $images: Boolean!) {\n    node(id: $id) {\n      ... on CloudPlatform {\n        ...PlatformFields\n        images(first: $first, after: $after) @include(if: $images) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...SourceFields\n            }\n          }\n        }\n        templates(first: $first, after: $after) @skip(if: $images) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...SourceFields\n            }\n          }\n        }\n        syncRuns(first: 5) {\n          edges {\n            node {\n              ...SyncRunFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PlatformSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOsInfo($input: SetOsInfoInput!) {\n    setOsInfo(input: $input) {\n      ...SourceFields\n    }\n  }\n"): typeof import('./graphql').SetOsInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOsCredentials($input: SetOsCredentialsInput!) {\n    setOsCredentials(input: $input) {\n      ...SourceFields\n    }\n  }\n"): typeof import('./graphql').SetOsCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearOsCredentials($id: ID!) {\n    clearOsCredentials(id: $id) {\n      ...SourceFields\n    }\n  }\n"): typeof import('./graphql').ClearOsCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVideoModel($input: SetVideoModelInput!) {\n    setVideoModel(input: $input) {\n      ...SourceFields\n    }\n  }\n"): typeof import('./graphql').SetVideoModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBootMode($input: SetBootModeInput!) {\n    setBootMode(input: $input) {\n      ...SourceFields\n    }\n  }\n"): typeof import('./graphql').SetBootModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyWithBootMode($input: CopyWithBootModeInput!) {\n    copyWithBootMode(input: $input) {\n      ...SourceFields\n    }\n  }\n"): typeof import('./graphql').CopyWithBootModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenants($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TenantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $after: String, $tenantId: ID) {\n    users(first: $first, after: $after, tenantId: $tenantId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          role\n          disabled\n          tenant {\n            id\n            slug\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').CreateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      role\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n"): typeof import('./graphql').SetUserDisabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          targetId\n          outcome\n          detail\n          actor {\n            id\n            username\n            tenant {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DesktopFields on Desktop {\n    id\n    name\n    externalId\n    removedFromPlatform\n    bootMode\n    loginMode\n    adDomain\n    version\n    createdAt\n    tenant {\n      id\n      slug\n    }\n    owner {\n      id\n      username\n    }\n    platform {\n      id\n      name\n      kind\n    }\n    source {\n      __typename\n      id\n      name\n    }\n    osInfo {\n      osType\n      osDistro\n      osVersion\n      source\n      reportedAt\n    }\n    agent {\n      connected\n      lastReportAt\n      hostname\n      agentVersion\n    }\n    credentials {\n      effectiveSource\n      username\n      hasPassword\n      customSet\n      imageCopyAt\n      stale\n    }\n  }\n"): typeof import('./graphql').DesktopFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Desktops($first: Int, $after: String, $filter: DesktopFilter) {\n    desktops(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DesktopFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DesktopsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DesktopNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Desktop {\n        ...DesktopFields\n      }\n    }\n  }\n"): typeof import('./graphql').DesktopNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DesktopEvents($desktopId: ID) {\n    desktopEvents(desktopId: $desktopId) {\n      kind\n      desktopId\n      at\n      desktop {\n        ...DesktopFields\n      }\n    }\n  }\n"): typeof import('./graphql').DesktopEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionInfo($desktopId: ID!) {\n    connectionInfo(desktopId: $desktopId) {\n      loginMode\n      autoLogin\n      username\n      password\n      adDomain\n    }\n  }\n"): typeof import('./graphql').ConnectionInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDesktop($input: CreateDesktopInput!) {\n    createDesktop(input: $input) {\n      ...DesktopFields\n    }\n  }\n"): typeof import('./graphql').CreateDesktopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDesktop($id: ID!) {\n    deleteDesktop(id: $id)\n  }\n"): typeof import('./graphql').DeleteDesktopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignDesktop($desktopId: ID!, $ownerId: ID) {\n    assignDesktop(desktopId: $desktopId, ownerId: $ownerId) {\n      ...DesktopFields\n    }\n  }\n"): typeof import('./graphql').AssignDesktopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDesktopCredentials($input: SetDesktopCredentialsInput!) {\n    setDesktopCredentials(input: $input) {\n      ...DesktopFields\n    }\n  }\n"): typeof import('./graphql').SetDesktopCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearDesktopCredentials($desktopId: ID!) {\n    clearDesktopCredentials(desktopId: $desktopId) {\n      ...DesktopFields\n    }\n  }\n"): typeof import('./graphql').ClearDesktopCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCredentials($desktopId: ID!) {\n    updateCredentials(desktopId: $desktopId) {\n      ...DesktopFields\n    }\n  }\n"): typeof import('./graphql').UpdateCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCredentialsFromSource($sourceId: ID!, $dryRun: Boolean!) {\n    updateCredentialsFromSource(sourceId: $sourceId, dryRun: $dryRun)\n  }\n"): typeof import('./graphql').UpdateCredentialsFromSourceDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
