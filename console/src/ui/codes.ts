// Every `extensions.code` the API answers (README), and NETWORK for a server that could not be
// reached: each has a sentence in both catalogues.
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'BOOT_MODE_MISMATCH',
  'VIDEO_MODEL_NOT_VIRTIO',
  'BOOT_MODE_NOT_EDITABLE',
  'VIDEO_MODEL_NOT_EDITABLE',
  'PLATFORM_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'INTERNAL',
  'RATE_LIMITED',
  'NETWORK',
] as const;
