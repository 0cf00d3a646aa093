package org.icpo.bench;

import java.util.List;
import java.util.Random;

/**
 * Realistic multi-script names for the generator: family names and forenames in their original
 * script with the Latin spelling a requester would give, and Latin-only names from many regions.
 */
final class Names {

    record Name(String family, String forenames, String familyOriginal, String forenamesOriginal, String script, String sex) {
    }

    private static final String[][] CYRILLIC_FAMILY = {
            {"ИВАНОВ", "IVANOV"}, {"СМИРНОВ", "SMIRNOV"}, {"КУЗНЕЦОВ", "KUZNETSOV"}, {"ПОПОВ", "POPOV"}, {"ВАСИЛЬЕВ", "VASILYEV"},
            {"ПЕТРОВ", "PETROV"}, {"СОКОЛОВ", "SOKOLOV"}, {"МИХАЙЛОВ", "MIKHAILOV"}, {"НОВИКОВ", "NOVIKOV"}, {"ФЁДОРОВ", "FEDOROV"},
            {"МОРОЗОВ", "MOROZOV"}, {"ВОЛКОВ", "VOLKOV"}, {"АЛЕКСЕЕВ", "ALEKSEEV"}, {"ЛЕБЕДЕВ", "LEBEDEV"}, {"СЕМЁНОВ", "SEMENOV"},
            {"ЕГОРОВ", "EGOROV"}, {"ПАВЛОВ", "PAVLOV"}, {"КОЗЛОВ", "KOZLOV"}, {"СТЕПАНОВ", "STEPANOV"}, {"НИКОЛАЕВ", "NIKOLAEV"},
            {"ОРЛОВ", "ORLOV"}, {"АНДРЕЕВ", "ANDREEV"}, {"МАКАРОВ", "MAKAROV"}, {"НИКИТИН", "NIKITIN"}, {"ЗАХАРОВ", "ZAKHAROV"},
            {"ЗАЙЦЕВ", "ZAITSEV"}, {"СОЛОВЬЁВ", "SOLOVYOV"}, {"БОРИСОВ", "BORISOV"}, {"ЯКОВЛЕВ", "YAKOVLEV"}, {"ГРИГОРЬЕВ", "GRIGORYEV"},
            {"РОМАНОВ", "ROMANOV"}, {"ВОРОБЬЁВ", "VOROBYOV"}, {"СЕРГЕЕВ", "SERGEEV"}, {"ШЕВЧЕНКО", "SHEVCHENKO"}, {"КОВАЛЕНКО", "KOVALENKO"},
            {"БОНДАРЕНКО", "BONDARENKO"}, {"ТКАЧЕНКО", "TKACHENKO"}, {"КРАВЧЕНКО", "KRAVCHENKO"}, {"ПРОКОПЧУК", "PROKOPCHUK"}, {"МЕЛЬНИК", "MELNYK"}};
    private static final String[][] CYRILLIC_FORENAME = {
            {"Александр", "Aleksandr"}, {"Сергей", "Sergei"}, {"Дмитрий", "Dmitry"}, {"Андрей", "Andrei"}, {"Алексей", "Alexey"},
            {"Максим", "Maksim"}, {"Евгений", "Yevgeny"}, {"Иван", "Ivan"}, {"Михаил", "Mikhail"}, {"Артём", "Artyom"},
            {"Николай", "Nikolai"}, {"Юрий", "Yuri"}, {"Владимир", "Vladimir"}, {"Олег", "Oleg"}, {"Павел", "Pavel"},
            {"Олександр", "Oleksandr"}, {"Тарас", "Taras"}, {"Анна", "Anna"}, {"Елена", "Elena"}, {"Ольга", "Olga"}};
    private static final String[][] ARABIC_FAMILY = {
            {"الرئيسي", "AL-RAISI"}, {"الشمري", "AL-SHAMMARI"}, {"القحطاني", "AL-QAHTANI"}, {"العتيبي", "AL-OTAIBI"}, {"الدوسري", "AL-DOSARI"},
            {"الزهراني", "AL-ZAHRANI"}, {"الغامدي", "AL-GHAMDI"}, {"الحربي", "AL-HARBI"}, {"المطيري", "AL-MUTAIRI"}, {"الشهري", "AL-SHEHRI"},
            {"العمري", "AL-OMARI"}, {"التميمي", "AL-TAMIMI"}, {"الخطيب", "AL-KHATIB"}, {"حداد", "HADDAD"}, {"خوري", "KHOURY"},
            {"نصر", "NASR"}, {"عثمان", "OTHMAN"}, {"المصري", "AL-MASRI"}, {"الحسيني", "AL-HUSSEINI"}, {"البغدادي", "AL-BAGHDADI"},
            {"منصور", "MANSOUR"}, {"سليمان", "SULEIMAN"}, {"يوسف", "YOUSSEF"}, {"إبراهيم", "IBRAHIM"}, {"صالح", "SALEH"}};
    private static final String[][] ARABIC_FORENAME = {
            {"محمد", "Mohammed"}, {"أحمد", "Ahmed"}, {"علي", "Ali"}, {"حسن", "Hassan"}, {"حسين", "Hussein"},
            {"عمر", "Omar"}, {"خالد", "Khaled"}, {"يوسف", "Youssef"}, {"إبراهيم", "Ibrahim"}, {"مصطفى", "Mustafa"},
            {"محمود", "Mahmoud"}, {"سعيد", "Saeed"}, {"طارق", "Tariq"}, {"وليد", "Walid"}, {"فاطمة", "Fatima"}};
    private static final String[][] GREEK_FAMILY = {
            {"ΠΑΠΑΔΟΠΟΥΛΟΣ", "PAPADOPOULOS"}, {"ΠΑΠΑΔΑΚΗΣ", "PAPADAKIS"}, {"ΓΕΩΡΓΙΟΥ", "GEORGIOU"}, {"ΝΙΚΟΛΑΟΥ", "NIKOLAOU"},
            {"ΟΙΚΟΝΟΜΟΥ", "OIKONOMOU"}, {"ΚΑΡΑΓΙΑΝΝΗΣ", "KARAGIANNIS"}, {"ΜΑΚΡΗΣ", "MAKRIS"}, {"ΒΛΑΧΟΣ", "VLACHOS"},
            {"ΙΩΑΝΝΟΥ", "IOANNOU"}, {"ΔΗΜΗΤΡΙΟΥ", "DIMITRIOU"}, {"ΠΕΤΡΟΠΟΥΛΟΣ", "PETROPOULOS"}, {"ΑΝΤΩΝΙΟΥ", "ANTONIOU"}};
    private static final String[][] GREEK_FORENAME = {
            {"Γεώργιος", "Georgios"}, {"Νικόλαος", "Nikolaos"}, {"Κωνσταντίνος", "Konstantinos"}, {"Δημήτριος", "Dimitrios"},
            {"Ιωάννης", "Ioannis"}, {"Παναγιώτης", "Panagiotis"}, {"Χρήστος", "Christos"}, {"Ελένη", "Eleni"}};
    private static final String[] LATIN_FAMILY = {
            "MARTIN", "BERNARD", "DUBOIS", "GARCIA", "MARTINEZ", "RODRIGUEZ", "LOPEZ", "GONZALEZ", "SMITH", "JOHNSON", "WILLIAMS",
            "BROWN", "MUELLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "ROSSI", "RUSSO", "FERRARI", "ESPOSITO", "SILVA", "SANTOS",
            "OLIVEIRA", "PEREIRA", "NOWAK", "KOWALSKI", "WISNIEWSKI", "JANSSEN", "DE VRIES", "OKAFOR", "ADEYEMI", "MWANGI",
            "OTIENO", "NGUYEN", "TRAN", "KIM", "LEE", "PARK", "WANG", "LI", "ZHANG", "YILMAZ", "KAYA", "DEMIR", "HANSEN", "NIELSEN"};
    private static final String[] LATIN_FORENAME = {
            "Jean", "Pierre", "Marie", "Juan", "Carlos", "Jose", "Maria", "John", "Michael", "David", "James", "Thomas", "Hans",
            "Peter", "Luca", "Marco", "Giulia", "Joao", "Ana", "Piotr", "Jan", "Chinedu", "Amina", "Wanjiru", "Minh", "Ji-hoon",
            "Wei", "Mehmet", "Ayse", "Lars", "Sofia"};
    private static final String[] MIDDLE = {"", "", "", "", "", "Ali", "Jose", "Maria", "Petrovich", "Ivanovich", "Antonio", "Paul", "Naser"};

    /*
     * The long tail: family names built from parts of each language (about 10,000 to 20,000 per script) and more
     * forenames. A name comes from the common lists above with probability HEAD_SHARE (so a common name such as
     * IVANOV is about 0.2 % of all notices, as common surnames are), otherwise from the tail: 1,000,000 notices then
     * hold a few hundred thousand distinct names instead of a few thousand.
     */
    static final double HEAD_SHARE = 0.3;
    private static final String[] CYR_ROOT = {"Бел", "Чер", "Гор", "Мал", "Крас", "Зел", "Сидор", "Ткач", "Гонч", "Ром", "Лис", "Вол", "Мор", "Дуб",
            "Бор", "Кол", "Пет", "Сав", "Гриц", "Лев", "Ос", "Куз", "Руд", "Мир", "Слав", "Тар", "Бог", "Дан", "Яр", "Жук", "Соб", "Шуб", "Лыс",
            "Баран", "Грач", "Щерб", "Федос", "Клим", "Марч", "Остап"};
    private static final String[] CYR_MID = {"", "", "ан", "ин", "ен", "ар", "ол", "ик", "уш", "ят"};
    private static final String[] CYR_END = {"ов", "ев", "ин", "енко", "чук", "ский", "ук", "ич", "як", "ец"};
    private static final String[] AR_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي".split("");
    private static final String[] GR_ROOT = {"ΠΑΠ", "ΚΩΝΣΤ", "ΓΕΩΡΓ", "ΝΙΚ", "ΔΗΜ", "ΣΤΑΥΡ", "ΜΑΝ", "ΧΑΤΖ", "ΛΑΜΠΡ", "ΞΕΝ", "ΚΑΡ", "ΜΠΑΚ",
            "ΤΣΑΚ", "ΒΑΣΙΛ", "ΑΘΑΝ", "ΣΠΥΡ", "ΦΩΤ", "ΘΕΟΔ", "ΠΑΝ", "ΑΝΔΡ"};
    private static final String[] GR_MID = {"", "Α", "Ο", "Ι", "ΕΛ", "ΟΝ", "ΑΡ"};
    private static final String[] GR_END = {"ΟΠΟΥΛΟΣ", "ΑΚΗΣ", "ΙΔΗΣ", "ΑΤΟΣ", "ΟΥ", "ΙΑΔΗΣ", "ΕΛΛΗΣ"};
    private static final String[] LAT_SYL = {"ba", "ka", "ro", "mi", "len", "tor", "san", "vel", "dor", "gan", "nis", "per", "lu", "ma", "ri",
            "to", "chi", "ne", "bo", "val", "mar", "ten", "os", "ul", "fer", "ga", "li", "mon", "ta", "zu"};
    private static final String[] LAT_END = {"", "", "ez", "son", "sen", "ski", "ic", "escu", "ini", "er", "ov", "elli", "ou", "ang"};
    private static final String[] LAT_GIVEN_SYL = {"an", "el", "mi", "ra", "jo", "li", "sa", "to", "na", "ka", "de", "vi", "ro", "lu", "ma"};

    private Names() {
    }

    static Name random(Random rnd) {
        int script = rnd.nextInt(100);
        boolean head = rnd.nextDouble() < HEAD_SHARE;
        boolean headGiven = rnd.nextDouble() < 0.6;
        String middle = MIDDLE[rnd.nextInt(MIDDLE.length)];
        if (script < 25) {
            String[] f = head ? CYRILLIC_FAMILY[rnd.nextInt(CYRILLIC_FAMILY.length)] : tail(pick(rnd, CYR_ROOT) + pick(rnd, CYR_MID) + pick(rnd, CYR_END));
            String[] g = headGiven ? CYRILLIC_FORENAME[rnd.nextInt(CYRILLIC_FORENAME.length)] : tail(pick(rnd, CYR_ROOT) + pick(rnd, new String[]{"ан", "ий", "ислав", "омир", "ей"}));
            return new Name(f[1].toUpperCase(java.util.Locale.ROOT), g[1], f[0].toUpperCase(java.util.Locale.ROOT), g[0], "Cyrl", g[1].endsWith("a") ? "F" : "M");
        }
        if (script < 45) {
            String[] f = head ? ARABIC_FAMILY[rnd.nextInt(ARABIC_FAMILY.length)]
                    : tail("ال" + pick(rnd, AR_LETTERS) + pick(rnd, AR_LETTERS) + "ا" + pick(rnd, AR_LETTERS) + (rnd.nextBoolean() ? "ي" : ""));
            String[] g = headGiven ? ARABIC_FORENAME[rnd.nextInt(ARABIC_FORENAME.length)]
                    : tail(pick(rnd, AR_LETTERS) + "ا" + pick(rnd, AR_LETTERS) + pick(rnd, AR_LETTERS));
            return new Name(f[1].toUpperCase(java.util.Locale.ROOT), g[1], f[0], g[0], "Arab", g[1].equals("Fatima") ? "F" : "M");
        }
        if (script < 55) {
            String[] f = head ? GREEK_FAMILY[rnd.nextInt(GREEK_FAMILY.length)] : tail(pick(rnd, GR_ROOT) + pick(rnd, GR_MID) + pick(rnd, GR_END));
            String[] g = GREEK_FORENAME[rnd.nextInt(GREEK_FORENAME.length)];
            return new Name(f[1].toUpperCase(java.util.Locale.ROOT), g[1], f[0], g[0], "Grek", g[1].equals("Eleni") ? "F" : "M");
        }
        String g = headGiven ? LATIN_FORENAME[rnd.nextInt(LATIN_FORENAME.length)] : capitalize(pick(rnd, LAT_GIVEN_SYL) + pick(rnd, LAT_GIVEN_SYL) + pick(rnd, new String[]{"", "n", "o", "a", "s"}));
        String family = head ? LATIN_FAMILY[rnd.nextInt(LATIN_FAMILY.length)]
                : (pick(rnd, LAT_SYL) + pick(rnd, LAT_SYL) + (rnd.nextBoolean() ? pick(rnd, LAT_SYL) : "") + pick(rnd, LAT_END)).toUpperCase(java.util.Locale.ROOT);
        return new Name(family, middle.isEmpty() ? g : g + " " + middle, null, null, null, rnd.nextBoolean() ? "M" : "F");
    }

    private static String pick(Random rnd, String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    /** A generated name in its script and its Latin spelling (as ICU transliterates it, capitalized). */
    private static String[] tail(String original) {
        String cased = original.length() > 1 ? original.charAt(0) + original.substring(1).toLowerCase(java.util.Locale.ROOT) : original;
        return new String[]{cased, capitalize(org.icpo.names.NameForms.of(cased, null).latin().toLowerCase(java.util.Locale.ROOT))};
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Search queries as members type them: other scripts, other spellings, swapped order, typos, and names not on file. */
    static List<String> queries(Random rnd, int count) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Name n = random(rnd);
            String q = switch (i % 6) {
                case 0 -> n.familyOriginal() != null ? n.familyOriginal() + " " + n.forenamesOriginal() : n.family() + " " + n.forenames();
                case 1 -> n.forenames() + " " + n.family();
                case 2 -> typo(n.family(), rnd) + " " + n.forenames();
                case 3 -> n.family().toLowerCase() + " " + n.forenames().toLowerCase();
                case 4 -> n.family();
                default -> "ZXQWERT" + rnd.nextInt(1000) + " " + n.forenames();
            };
            out.add(q);
        }
        return out;
    }

    private static String typo(String s, Random rnd) {
        if (s.length() < 4) {
            return s;
        }
        int at = 1 + rnd.nextInt(s.length() - 2);
        char[] c = s.toCharArray();
        char t = c[at];
        c[at] = c[at + 1];
        c[at + 1] = t;
        return new String(c);
    }
}
