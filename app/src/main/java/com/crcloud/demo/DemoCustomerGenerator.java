package com.crcloud.demo;

import com.crcloud.customer.domain.ChineseResidentId;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.NationalIdType;
import net.datafaker.Faker;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Generates plausible demo customers, including a few deliberate defects (minors, invalid resident IDs, missing
 * contact details) so that a demo tenant shows what the review checks catch.
 * <p>
 * datafaker supplies names, streets and foreign postal codes only. Its zh-CN city and province lists are drawn
 * independently of each other, and its English locales pair fictional towns with US states even for GB, so cities
 * and regions come from the tables below instead, which also keeps a resident ID's address code consistent with
 * the customer's address.
 */
public final class DemoCustomerGenerator {

    private static final double MINOR_SHARE = 0.02;
    /** Legacy records keyed in before the number was validated; every one fails {@link ChineseResidentId#validate}. */
    private static final double INVALID_ID_SHARE = 0.04;
    private static final double NO_PHONE_SHARE = 0.03;
    private static final double NO_EMAIL_SHARE = 0.05;
    private static final Duration HISTORY = Duration.ofDays(3 * 365);

    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final String CHECK_CHARACTERS = "0123456789X";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** Real GB/T 2260 district codes, with the postal-code prefix of their city. */
    private static final List<District> DISTRICTS = List.of(
            new District("110105", "北京市", "北京市", "朝阳区", "100"),
            new District("110108", "北京市", "北京市", "海淀区", "100"),
            new District("310115", "上海市", "上海市", "浦东新区", "200"),
            new District("310104", "上海市", "上海市", "徐汇区", "200"),
            new District("120101", "天津市", "天津市", "和平区", "300"),
            new District("500103", "重庆市", "重庆市", "渝中区", "400"),
            new District("440305", "广东省", "深圳市", "南山区", "518"),
            new District("440106", "广东省", "广州市", "天河区", "510"),
            new District("330106", "浙江省", "杭州市", "西湖区", "310"),
            new District("320106", "江苏省", "南京市", "鼓楼区", "210"),
            new District("510107", "四川省", "成都市", "武侯区", "610"),
            new District("420106", "湖北省", "武汉市", "武昌区", "430"),
            new District("430104", "湖南省", "长沙市", "岳麓区", "410"),
            new District("610113", "陕西省", "西安市", "雁塔区", "710"),
            new District("370202", "山东省", "青岛市", "市南区", "266"),
            new District("350203", "福建省", "厦门市", "思明区", "361"));

    /** datafaker's own zh-CN suffixes include 侬, 旁 and 栋, which are not street types. */
    private static final List<String> STREET_SUFFIXES = List.of("路", "街", "大道", "东路", "中路");
    private static final List<String> MAINLAND_EMAIL_DOMAINS = List.of("qq.com", "163.com", "126.com", "example.com");
    private static final List<String> INTERNATIONAL_EMAIL_DOMAINS = List.of("gmail.com", "outlook.com", "example.com");
    /** Paired with an English given name, as is usual in Hong Kong. */
    private static final List<String> HONG_KONG_SURNAMES =
            List.of("Chan", "Wong", "Lee", "Cheung", "Lau", "Leung", "Ho", "Lam", "Ng", "Tsang");
    /** Rough fixed rates: demo incomes only need comparable magnitudes across currencies. */
    private static final Map<String, Double> CNY_PER_UNIT = Map.of("CNY", 1.0, "HKD", 0.92, "USD", 7.2);

    private final long seed;
    private final Clock clock;

    public DemoCustomerGenerator(long seed, Clock clock) {
        this.seed = seed;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Customers for one demo tenant, without id, tenant or version, which persistence assigns. Each call starts
     * again from the seed, so equal arguments (and clock) give equal lists. National ID numbers are unique within
     * the list.
     */
    public List<Customer> generate(DemoProfile profile, int count) {
        Objects.requireNonNull(profile, "profile");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        // Mixing in the profile keeps two demo tenants seeded alike from sharing the same people.
        Random random = new Random(31 * seed + profile.name().hashCode());
        Run run = new Run(profile, random, clock.instant(), LocalDate.now(clock));
        List<Customer> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            customers.add(run.customer());
        }
        return customers;
    }

    private record District(String code, String province, String city, String name, String postalPrefix) {
    }

    private record Place(String city, String region) {
    }

    /** Where international clients of a wealth manager live, weighted towards Hong Kong and Singapore. */
    private enum Country {
        HK(35, "HKD", Locale.ENGLISH, false,
                List.of(new Place("Hong Kong", "Central and Western"), new Place("Hong Kong", "Wan Chai"),
                        new Place("Hong Kong", "Kowloon City"), new Place("Hong Kong", "Sha Tin"))),
        SG(20, "USD", Locale.forLanguageTag("en-SG"), true,
                List.of(new Place("Singapore", "Central Region"), new Place("Singapore", "East Region"),
                        new Place("Singapore", "West Region"))),
        GB(15, "USD", Locale.UK, true,
                List.of(new Place("London", "England"), new Place("Manchester", "England"),
                        new Place("Edinburgh", "Scotland"), new Place("Cardiff", "Wales"))),
        US(15, "USD", Locale.US, true,
                List.of(new Place("New York", "New York"), new Place("San Francisco", "California"),
                        new Place("Seattle", "Washington"), new Place("Boston", "Massachusetts"))),
        AU(15, "USD", Locale.forLanguageTag("en-AU"), true,
                List.of(new Place("Sydney", "New South Wales"), new Place("Melbourne", "Victoria"),
                        new Place("Brisbane", "Queensland"), new Place("Perth", "Western Australia")));

        private static final int TOTAL_WEIGHT = 100;

        final int weight;
        final String currency;
        final Locale locale;
        /** Hong Kong has no postal codes. */
        final boolean hasPostalCodes;
        final List<Place> places;

        Country(int weight, String currency, Locale locale, boolean hasPostalCodes, List<Place> places) {
            this.weight = weight;
            this.currency = currency;
            this.locale = locale;
            this.hasPostalCodes = hasPostalCodes;
            this.places = places;
        }
    }

    /** The state of one {@link #generate} call: all randomness derives from its {@code random}, in call order. */
    private static final class Run {

        private final DemoProfile profile;
        private final Random random;
        private final Instant now;
        private final LocalDate today;
        private final Faker chinese;
        private final Map<Country, Faker> international = new EnumMap<>(Country.class);
        private final Set<String> issuedIds = new HashSet<>();

        Run(DemoProfile profile, Random random, Instant now, LocalDate today) {
            this.profile = profile;
            this.random = random;
            this.now = now;
            this.today = today;
            this.chinese = new Faker(Locale.SIMPLIFIED_CHINESE, new Random(random.nextLong()));
            for (Country country : Country.values()) {
                international.put(country, new Faker(country.locale, new Random(random.nextLong())));
            }
        }

        Customer customer() {
            Customer customer = new Customer();
            customer.setDateOfBirth(birthDate());
            if (random.nextDouble() < profile.internationalShare) {
                fillInternational(customer);
            } else {
                fillMainland(customer);
            }
            fillIncome(customer);
            customer.setCreatedAt(now.minusSeconds(1 + random.nextLong(HISTORY.toSeconds())));
            return customer;
        }

        private LocalDate birthDate() {
            int age = random.nextDouble() < MINOR_SHARE ? 16 + random.nextInt(2) : 18 + random.nextInt(63);
            // Exactly `age` today: born after this date age + 1 years ago, and on or before it age years ago.
            LocalDate latest = today.minusYears(age);
            LocalDate earliest = today.minusYears(age + 1L).plusDays(1);
            return earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, latest) + 1));
        }

        private void fillMainland(Customer customer) {
            District district = pick(DISTRICTS);
            customer.setFullName(chinese.name().fullName());
            customer.setNationalIdType(NationalIdType.CN_RESIDENT_ID);
            customer.setNationalIdNumber(unique(() -> residentId(district, customer.getDateOfBirth())));
            customer.setPhone(unlessMissing(NO_PHONE_SHARE, () -> "1" + (3 + random.nextInt(7)) + digits(9)));
            customer.setEmail(unlessMissing(NO_EMAIL_SHARE, this::mainlandEmail));
            // Streets named after other cities (南京路, 成都街) are common in China: datafaker's city list serves well.
            customer.setAddressLine(district.name() + chinese.address().city() + pick(STREET_SUFFIXES)
                    + (1 + random.nextInt(300)) + "号" + (1 + random.nextInt(20)) + "栋"
                    + (1 + random.nextInt(30)) + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(4)) + "室");
            customer.setCity(district.city());
            customer.setRegion(district.province());
            customer.setPostalCode(district.postalPrefix() + digits(3));
            customer.setCountryCode("CN");
            customer.setCurrency("CNY");
        }

        private String residentId(District district, LocalDate birthDate) {
            boolean legacy = random.nextDouble() < INVALID_ID_SHARE;
            if (legacy && random.nextBoolean()) {
                // A correct check character over an impossible date, so the date is the only defect.
                String monthDay = random.nextBoolean()
                        ? String.format(Locale.ROOT, "13%02d", 1 + random.nextInt(28))
                        : "0230";
                return withCheckCharacter(district.code() + birthDate.getYear() + monthDay + digits(3));
            }
            String number = withCheckCharacter(district.code() + ID_DATE.format(birthDate) + digits(3));
            if (!legacy) {
                return number;
            }
            String wrongCharacters = CHECK_CHARACTERS.replace(number.substring(17), "");
            return number.substring(0, 17) + wrongCharacters.charAt(random.nextInt(wrongCharacters.length()));
        }

        private String mainlandEmail() {
            String domain = pick(MAINLAND_EMAIL_DOMAINS);
            // A QQ mailbox is named after the QQ account number.
            String local = domain.equals("qq.com")
                    ? (1 + random.nextInt(9)) + digits(4 + random.nextInt(6))
                    : "user" + digits(5);
            return local + "@" + domain;
        }

        private void fillInternational(Customer customer) {
            Country country = pickCountry();
            Faker faker = international.get(country);
            String fullName = switch (country) {
                case HK -> faker.name().firstName() + " " + pick(HONG_KONG_SURNAMES);
                // en-SG's first names are all male; its full-name formats cover both sexes, family name first.
                case SG -> faker.name().name();
                case GB, US, AU -> faker.name().firstName() + " " + faker.name().lastName();
            };
            customer.setFullName(fullName);
            customer.setNationalIdType(NationalIdType.PASSPORT);
            customer.setNationalIdNumber(unique(() -> passportNumber(country)));
            customer.setPhone(unlessMissing(NO_PHONE_SHARE, () -> mobileNumber(country)));
            customer.setEmail(unlessMissing(NO_EMAIL_SHARE,
                    () -> emailLocalPart(fullName) + digits(2) + "@" + pick(INTERNATIONAL_EMAIL_DOMAINS)));
            Place place = pick(country.places);
            customer.setAddressLine(faker.address().streetAddress());
            customer.setCity(place.city());
            customer.setRegion(place.region());
            customer.setPostalCode(country.hasPostalCodes ? faker.address().zipCode() : null);
            customer.setCountryCode(country.name());
            customer.setCurrency(country.currency);
        }

        private Country pickCountry() {
            int roll = random.nextInt(Country.TOTAL_WEIGHT);
            for (Country country : Country.values()) {
                roll -= country.weight;
                if (roll < 0) {
                    return country;
                }
            }
            throw new IllegalStateException("country weights do not add up to " + Country.TOTAL_WEIGHT);
        }

        /** The current number format of each country's passports. */
        private String passportNumber(Country country) {
            return switch (country) {
                case HK -> "K" + digits(8);
                case SG -> "K" + digits(7) + letter();
                case GB -> digits(9);
                case US -> letter() + digits(8);
                case AU -> "P" + letter() + digits(7);
            };
        }

        /** E.164 mobile numbers within each country's mobile ranges. */
        private String mobileNumber(Country country) {
            return switch (country) {
                case HK -> "+852" + pick(List.of("5", "6", "9")) + digits(7);
                case SG -> "+65" + (8 + random.nextInt(2)) + digits(7);
                case GB -> "+447" + (4 + random.nextInt(6)) + digits(8);
                case US -> "+1" + (2 + random.nextInt(8)) + digits(2) + (2 + random.nextInt(8)) + digits(6);
                case AU -> "+614" + digits(8);
            };
        }

        /** Log-uniform, as incomes are: many modest ones, a long tail of high ones. */
        private void fillIncome(Customer customer) {
            double logMin = Math.log(profile.minMonthlyIncomeCny);
            double logMax = Math.log(profile.maxMonthlyIncomeCny);
            double cny = Math.exp(logMin + random.nextDouble() * (logMax - logMin));
            long hundreds = Math.round(cny / CNY_PER_UNIT.get(customer.getCurrency()) / 100);
            BigDecimal income = BigDecimal.valueOf(hundreds * 100).setScale(2);
            BigDecimal expenseShare = BigDecimal.valueOf(0.20 + 0.70 * random.nextDouble());
            customer.setMonthlyIncome(income);
            customer.setMonthlyExpenses(income.multiply(expenseShare).setScale(2, RoundingMode.HALF_UP));
        }

        /** Draws until the number is new, as real ID numbers identify one person. */
        private String unique(Supplier<String> candidates) {
            String number = candidates.get();
            while (!issuedIds.add(number)) {
                number = candidates.get();
            }
            return number;
        }

        private String unlessMissing(double missingShare, Supplier<String> value) {
            return random.nextDouble() < missingShare ? null : value.get();
        }

        private String digits(int count) {
            StringBuilder digits = new StringBuilder(count);
            for (int i = 0; i < count; i++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            return digits.toString();
        }

        private char letter() {
            return LETTERS.charAt(random.nextInt(LETTERS.length()));
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private static String withCheckCharacter(String first17Digits) {
            return first17Digits + ChineseResidentId.checkCharacter(first17Digits);
        }

        /** "Zoë O'Brien" becomes "zoe.obrien": accents stripped, words joined by dots, anything else dropped. */
        private static String emailLocalPart(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT).strip()
                    .replaceAll("\\s+", ".")
                    .replaceAll("[^a-z.]", "");
        }
    }
}
