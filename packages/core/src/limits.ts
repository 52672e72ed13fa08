/** The 16-bit code space a Close frame can carry. */
export const MAX_CODE = 0xffff;
