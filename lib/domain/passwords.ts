/** The shortest password an account may have (the seed, admin:create, invitations and better-auth agree on it). */
export const MIN_PASSWORD_LENGTH = 10;
