/**
 * TCVN3 (TCVN 5712:1993, VN3), the "ABC" font encoding: one byte per letter.
 * Text typed with .VnTime-style fonts reaches us as the Latin-1 characters of
 * those bytes ("Hµ Néi" for "Hà Nội"). VN3 has every lower-case letter and
 * only seven capitals (Ă Â Ê Ô Ơ Ư Đ); capitals with tone marks were typed
 * with a separate upper-case font using the lower-case codes. Bytes VN3
 * leaves unassigned are not listed and pass through unchanged.
 */
const PAIRS: readonly (readonly [number, string])[] = [
  // Capitals VN3 has.
  [0xa1, "Ă"],
  [0xa2, "Â"],
  [0xa3, "Ê"],
  [0xa4, "Ô"],
  [0xa5, "Ơ"],
  [0xa6, "Ư"],
  [0xa7, "Đ"],
  // Lower-case letters without tone mark.
  [0xa8, "ă"],
  [0xa9, "â"],
  [0xaa, "ê"],
  [0xab, "ô"],
  [0xac, "ơ"],
  [0xad, "ư"],
  [0xae, "đ"],
  // Tones in the order huyền, hỏi, ngã, sắc, nặng.
  [0xb5, "à"],
  [0xb6, "ả"],
  [0xb7, "ã"],
  [0xb8, "á"],
  [0xb9, "ạ"],
  [0xbb, "ằ"],
  [0xbc, "ẳ"],
  [0xbd, "ẵ"],
  [0xbe, "ắ"],
  [0xc6, "ặ"],
  [0xc7, "ầ"],
  [0xc8, "ẩ"],
  [0xc9, "ẫ"],
  [0xca, "ấ"],
  [0xcb, "ậ"],
  [0xcc, "è"],
  [0xce, "ẻ"],
  [0xcf, "ẽ"],
  [0xd0, "é"],
  [0xd1, "ẹ"],
  [0xd2, "ề"],
  [0xd3, "ể"],
  [0xd4, "ễ"],
  [0xd5, "ế"],
  [0xd6, "ệ"],
  [0xd7, "ì"],
  [0xd8, "ỉ"],
  [0xdc, "ĩ"],
  [0xdd, "í"],
  [0xde, "ị"],
  [0xdf, "ò"],
  [0xe1, "ỏ"],
  [0xe2, "õ"],
  [0xe3, "ó"],
  [0xe4, "ọ"],
  [0xe5, "ồ"],
  [0xe6, "ổ"],
  [0xe7, "ỗ"],
  [0xe8, "ố"],
  [0xe9, "ộ"],
  [0xea, "ờ"],
  [0xeb, "ở"],
  [0xec, "ỡ"],
  [0xed, "ớ"],
  [0xee, "ợ"],
  [0xef, "ù"],
  [0xf1, "ủ"],
  [0xf2, "ũ"],
  [0xf3, "ú"],
  [0xf4, "ụ"],
  [0xf5, "ừ"],
  [0xf6, "ử"],
  [0xf7, "ữ"],
  [0xf8, "ứ"],
  [0xf9, "ự"],
  [0xfa, "ỳ"],
  [0xfb, "ỷ"],
  [0xfc, "ỹ"],
  [0xfd, "ý"],
  [0xfe, "ỵ"],
];

/** TCVN3 character (as read through Latin-1) → Unicode letter (NFC). */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map(PAIRS.map(([byte, letter]) => [String.fromCharCode(byte), letter]));

/** Unicode letter (NFC) → TCVN3 character. Only the letters VN3 has. */
export const UNICODE_TO_TCVN3: ReadonlyMap<string, string> = new Map(PAIRS.map(([byte, letter]) => [letter, String.fromCharCode(byte)]));
