//! Latin letters without their marks, for names that English copy writes plain.

/// `name` with the marks of Latin letters taken off ("Eskişehir" → "Eskisehir"), when every
/// letter has a plain form.
pub fn ascii_fold(name: &str) -> Option<String> {
    name.chars()
        .map(|c| {
            if c.is_ascii() {
                return Some(c);
            }
            Some(match c {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
                'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
                'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'c',
                'Ç' | 'Ć' | 'Č' => 'C',
                'ď' | 'đ' => 'd',
                'Ď' | 'Đ' => 'D',
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
                'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => 'E',
                'ğ' | 'ģ' => 'g',
                'Ğ' | 'Ģ' => 'G',
                'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
                'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => 'I',
                'ł' | 'ľ' | 'ĺ' | 'ļ' => 'l',
                'Ł' | 'Ľ' | 'Ĺ' => 'L',
                'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
                'Ñ' | 'Ń' | 'Ň' => 'N',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
                'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
                'ř' | 'ŕ' => 'r',
                'Ř' => 'R',
                'ś' | 'š' | 'ş' | 'ș' => 's',
                'Ś' | 'Š' | 'Ş' | 'Ș' => 'S',
                'ť' | 'ţ' | 'ț' => 't',
                'Ť' | 'Ţ' | 'Ț' => 'T',
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
                'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
                'ý' | 'ÿ' => 'y',
                'Ý' => 'Y',
                'ź' | 'ż' | 'ž' => 'z',
                'Ź' | 'Ż' | 'Ž' => 'Z',
                // Letters of transliteration (GeoNames' "Ḩamāh", "Ḑawr", "Ṣanʿāʾ"): dots and
                // cedillas below, and the lines under.
                'ḥ' | 'ḩ' | 'ḫ' | 'ẖ' => 'h',
                'Ḥ' | 'Ḩ' | 'Ḫ' => 'H',
                'ḍ' | 'ḑ' | 'ḏ' => 'd',
                'Ḍ' | 'Ḑ' | 'Ḏ' => 'D',
                'ṣ' => 's',
                'Ṣ' => 'S',
                'ṭ' | 'ṯ' => 't',
                'Ṭ' | 'Ṯ' => 'T',
                'ẓ' => 'z',
                'Ẓ' => 'Z',
                'ṛ' => 'r',
                'ṇ' => 'n',
                'ḳ' => 'k',
                'Ḳ' => 'K',
                _ => return None,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn marks_come_off_and_other_scripts_stay_out() {
        assert_eq!(super::ascii_fold("Eskişehir Gölcük Adapazarı").as_deref(), Some("Eskisehir Golcuk Adapazari"));
        assert_eq!(super::ascii_fold("Ḩamāh Ţarţūs").as_deref(), Some("Hamah Tartus"));
        assert_eq!(super::ascii_fold("Αθήνα"), None);
    }
}
