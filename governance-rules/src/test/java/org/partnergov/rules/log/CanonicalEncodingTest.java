package org.partnergov.rules.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnergov.model.money.ExchangeRate;
import org.partnergov.model.review.DecisionRecord;
import org.partnergov.model.review.DecisionSubject;
import org.partnergov.model.review.RequestId;

/**
 * Known-answer vectors of the canonical encoding, versions 1 to 3: the bytes and SHA-256 of hand-built
 * records that set every field both ways. The bytes were computed once by the implementation,
 * read by hand against the specification (the minimal record, the instant before 1970) and their
 * hashes checked with {@code sha256sum}. A change here is a change of the format: a new version.
 */
class CanonicalEncodingTest {

  private record Vector(String name, DecisionRecord record, String hex, String sha256) {}

  private static Vector vector(String name, DecisionRecord record, String hex, String sha256) {
    return new Vector(name, record, hex, sha256);
  }

  private static final List<Vector> VECTORS = List.of(
      vector("minimal", KnownRecords.minimal(),
          "010100000003642d310200000003722d31030000000f46554e445f414c4c4f434154494f4e0400000006702d64" +
          "616e610500000007415050524f5645060000000069a40718000000000700080009000a000000000b000000000c" +
          "000000000d00",
          "6f55cb9f3b6274649ba1539ac5d8b1cec796970a5b51146f5636376da719aad8"),
      vector("rejectedWithRationale", KnownRecords.rejectedWithRationale(),
          "010100000003642d320200000003722d31030000000f46554e445f414c4c4f434154494f4e0400000006702d64" +
          "616e61050000000652454a454354060000000069a4071800000000070008000901000000234275646765742069" +
          "732065786861757374656420666f722074686520717561727465720a000000000b000000000c000000000d00",
          "eb01451397fa61fbcadd62e71c16f3d44be5ac283188a457c68cd42ba00acbc1"),
      vector("underDelegatedRight", KnownRecords.underDelegatedRight(),
          "010100000003642d330200000003722d310300000013494e43454e544956455f455843455054494f4e04000000" +
          "06702d64616e610500000007415050524f5645060000000069a407180000000007010000000e72696768742d65" +
          "6d65612d6d646608010000000564656c2d3709000a000000000b000000000c000000000d00",
          "c8ea5135ed9fba401e0ea33ea879974e195c1b85c19f921dad273dcb3ef68112"),
      vector("withConditions", KnownRecords.withConditions(),
          "010100000003642d340200000003722d31030000000f46554e445f414c4c4f434154494f4e0400000006702d64" +
          "616e610500000017415050524f56455f574954485f434f4e444954494f4e53060000000069a407180000000007" +
          "00080009000a000000020000002150726f6f66206f6620657865637574696f6e2077697468696e203330206461" +
          "797300000021436f2d6272616e64696e67207265766965776564206279206d61726b6574696e670b000000000c" +
          "000000000d00",
          "e0db9e9fd216f2bfdedf1066e95be54fd4823e5f250e390b00f3a377fa894cbd"),
      vector("withConditionsReordered", KnownRecords.withConditionsReordered(),
          "010100000003642d340200000003722d31030000000f46554e445f414c4c4f434154494f4e0400000006702d64" +
          "616e610500000017415050524f56455f574954485f434f4e444954494f4e53060000000069a407180000000007" +
          "00080009000a0000000200000021436f2d6272616e64696e67207265766965776564206279206d61726b657469" +
          "6e670000002150726f6f66206f6620657865637574696f6e2077697468696e20333020646179730b000000000c" +
          "000000000d00",
          "6da9683bdd4bfb15320c5acfacd7d315c9f8a5ddd9b6a97bb9fa1211cc4792c8"),
      vector("withCriteriaResults", KnownRecords.withCriteriaResults(),
          "010100000003642d350200000003722d31030000000f46554e445f414c4c4f434154494f4e0400000006702d64" +
          "616e610500000007415050524f5645060000000069a40718000000000700080009000a000000000b0000000200" +
          "00000d57495448494e5f425544474554010000001946697473207468652072656d61696e696e67206275646765" +
          "7400000014504552464f524d414e43455f45564944454e434500000000214f6e6c7920656e61626c656d656e74" +
          "2061637469766974792069732063697465640c000000000d00",
          "7c78fdb154e03be67af0017631b509379bc7c8be2cf92a140c8851c6d0e2f9be"),
      vector("withEvidence", KnownRecords.withEvidence(),
          "010100000003642d360200000003722d31030000000f52454144494e4553535f434c41494d0400000006702d64" +
          "616e610500000007415050524f5645060000000069a40718000000000700080009000a000000000b000000000c" +
          "00000003000000056163742d31000000066163742d3232000000076163742d3333330d00",
          "c80b6d8a8b863f11edd9ad4c11c0a64515329c9f60accb71dfa61ae8b2149236"),
      vector("onReviewPath", KnownRecords.onReviewPath(),
          "010100000003642d370200000003722d31030000000f46554e445f414c4c4f434154494f4e0400000006702d64" +
          "616e610500000007415050524f5645060000000069a40718000000000700080009000a000000000b000000000c" +
          "000000000d010000000e706174682d666f75722d65796573",
          "4e756542d41dd3af13b1bb519e729e79ea310edb9b0c5cfd8977e8d4b6b7d437"),
      vector("unicode", KnownRecords.unicode(),
          "010100000006642d382dc3bc0200000003722d31030000000f46554e445f414c4c4f434154494f4e0400000006" +
          "702d7a6fc3ab0500000007415050524f5645060000000069a4071800000000070008000901000000295a757374" +
          "696d6d756e6720e2809420c3966b6f73797374656d20e697a5e69cac20e29c9320f09f9a800a000000000b0000" +
          "00000c000000000d00",
          "a593f29f5820f830caceb8b68d3c106c7439da19ca5337e1dcdb942ee8178d2d"),
      vector("hostTypeRequestingInformation", KnownRecords.hostTypeRequestingInformation(),
          "010100000003642d390200000003722d310300000011434f5f53454c4c5f455843455054494f4e040000000670" +
          "2d64616e610500000013524551554553545f494e464f524d4154494f4e060000000069a4071800000000070008" +
          "0009010000001b576869636820637573746f6d6572206973207468697320666f723f0a000000000b000000000c" +
          "000000000d00",
          "99563e9e973ca01647862f69c3ccd2b72a489ad45604f48e79d0bbf5d4b92d5e"),
      vector("beforeEpochWithNanos", KnownRecords.beforeEpochWithNanos(),
          "010100000004642d31300200000003722d31030000000f46554e445f414c4c4f434154494f4e0400000006702d" +
          "64616e610500000007415050524f564506ffffffffffffffff3b9ac9ff0700080009000a000000000b00000000" +
          "0c000000000d00",
          "0ada82a581943dcdf5d524da3a0a3d6a02e9c2460e7e6070d448a4ea15c08da3"),
      vector("everything", KnownRecords.everything(),
          "010100000004642d31310200000004722d34320300000013435553544f4d45525f434f4d4d49544d454e540400" +
          "000005702d6c65650500000017415050524f56455f574954485f434f4e444954494f4e53060000000069a5c345" +
          "075bcd1507010000000c72696768742d636f6d6d697408010000000564656c2d39090100000024537472617465" +
          "67696320637573746f6d65722c206d617267696e2070726f7465637465640a000000010000001a4c6567616c20" +
          "7369676e73206f66662074686520636c617573650b000000010000000c4d415247494e5f464c4f4f5201000000" +
          "164d617267696e2073746179732061626f7665203138250c00000001000000086163742d393030300d01000000" +
          "10706174682d636f6d6d69746d656e7473",
          "33e6e396567c1682a15b378c61b5f4361d37fee306131b3073a76a62587e6dda"),
      vector("otherRequest", KnownRecords.otherRequest(),
          "010100000003642d310200000003722d32030000000f46554e445f414c4c4f434154494f4e0400000006702d64" +
          "616e610500000007415050524f5645060000000069a40718000000000700080009000a000000000b000000000c" +
          "000000000d00",
          "80631632818de04b0458678fe2bd04bfb1caf40ef624cc6c4b67011eb7f42832"));

  @TestFactory
  Stream<DynamicTest> every_vector_encodes_to_its_pinned_bytes() {
    return VECTORS.toJavaStream().map(v -> DynamicTest.dynamicTest(v.name(), () ->
        assertThat(HexFormat.of().formatHex(CanonicalEncoding.encode(v.record()))).isEqualTo(v.hex())));
  }

  @TestFactory
  Stream<DynamicTest> every_vector_hashes_to_its_pinned_sha256() {
    return VECTORS.toJavaStream().map(v -> DynamicTest.dynamicTest(v.name(), () ->
        assertThat(Sha256.digest(CanonicalEncoding.encode(v.record()))).isEqualTo(Sha256.parse(v.sha256()))));
  }

  @Test
  void the_vectors_are_distinct_records_with_distinct_bytes() {
    assertThat(VECTORS.map(Vector::record).distinct()).hasSize(VECTORS.size());
    assertThat(VECTORS.map(Vector::hex).distinct()).hasSize(VECTORS.size());
  }

  @Test
  void the_vectors_set_every_optional_field_both_ways() {
    List<DecisionRecord> records = VECTORS.map(Vector::record);
    assertThat(records.exists(r -> r.right().isDefined()) && records.exists(r -> r.right().isEmpty())).isTrue();
    assertThat(records.exists(r -> r.delegation().isDefined()) && records.exists(r -> r.delegation().isEmpty()))
        .isTrue();
    assertThat(records.exists(r -> r.rationale().isDefined()) && records.exists(r -> r.rationale().isEmpty()))
        .isTrue();
    assertThat(records.exists(r -> r.reviewPath().isDefined()) && records.exists(r -> r.reviewPath().isEmpty()))
        .isTrue();
    assertThat(records.exists(r -> r.conditions().size() > 1)).isTrue();
    assertThat(records.exists(r -> r.criteriaResults().exists(c -> c.met()))
        && records.exists(r -> r.criteriaResults().exists(c -> !c.met()))).isTrue();
    assertThat(records.exists(r -> r.evidence().size() > 1)).isTrue();
  }

  @Test
  void the_encoding_starts_with_its_version() {
    assertThat(CanonicalEncoding.encode(KnownRecords.minimal())[0]).isEqualTo((byte) CanonicalEncoding.VERSION);
    assertThat(CanonicalEncoding.VERSION).isEqualTo(1);
  }

  /**
   * Version 2, for a record that fills an approval level: version byte 0x02, the fields of version
   * 1, then tag 0x0E and the level's name (bytes and hash computed apart from the library, with
   * Python's hashlib).
   */
  @Test
  void a_record_that_fills_an_approval_level_is_encoded_in_version_2() {
    DecisionRecord record = DecisionRecord.builder().from(KnownRecords.minimal()).approvalLevel(Option.some("financial")).build();
    String hex = "020100000003642d310200000003722d31030000000f46554e445f414c4c4f434154494f4e0400000006702d64"
        + "616e610500000007415050524f5645060000000069a40718000000000700080009000a000000000b000000000c"
        + "000000000d000e0000000966696e616e6369616c";
    assertThat(HexFormat.of().formatHex(CanonicalEncoding.encode(record))).isEqualTo(hex);
    assertThat(Sha256.digest(CanonicalEncoding.encode(record)))
        .isEqualTo(Sha256.parse("57d9406766e8fb588595db19312a45a0c7ec2864f2ef321ccd62def182224a77"));
    assertThat(CanonicalEncoding.VERSION_WITH_LEVEL).isEqualTo(2);
  }

  /**
   * Version 3, for a record whose subject is not the plain exception request: version byte 0x03,
   * the fields of version 1 (field 0x02 is the case's request), tag 0x0E and the level when it fills
   * one, then tag 0x10, the subject's kind and its fields, each as text. Bytes and hashes computed
   * apart from the library, by a small Python encoder (struct and hashlib) written from the
   * specification, which also reproduces the version 1 vector "minimal" byte for byte.
   */
  private static final List<Vector> VERSION_3 = List.of(
      vector("tierChange", KnownRecords.tierChange(),
          "030100000004642d32300200000004722d3230030000000b544945525f4348414e47450400000006702d64616e61"
              + "0500000007415050524f5645060000000069a40718000000000700080009000a000000000b000000000c00000000"
              + "0d00100000000b544945525f4348414e474500000006702d61636d6500000004476f6c64",
          "4e0d6b08401cf322664cb24f70a711af4ee59dd5e4349d2c9716c058466f5539"),
      vector("escalationAtLevel", KnownRecords.escalationAtLevel(),
          "030100000004642d32310200000004722d32310300000015455343414c4154494f4e5f5245534f4c5554494f4e04"
              + "00000006702d64616e610500000007415050524f5645060000000069a40718000000000700080009000a00000000"
              + "0b000000000c000000000d000e0000000966696e616e6369616c100000000a455343414c4154494f4e000000056573"
              + "632d34",
          "89f116a6c0011b25c6ec2eb5753e70454e890f3830498f4546e113942875fa61"),
      vector("hostSubject", KnownRecords.hostSubject(),
          "030100000004642d32320200000004722d32320300000011434f5f53454c4c5f455843455054494f4e0400000006"
              + "702d64616e61050000000652454a454354060000000069a40718000000000700080009010000000e436f6d706574"
              + "696e67206c696e650a000000000b000000000c000000000d001000000004484f5354000000185665727472616720"
              + "c3bc626572204d69747665726b61756600000009432d323032362d3137",
          "55e4c882362a04048d5af60913e02d8092bc6354007eb6540f96a1e4fbdb6c6b"));

  @TestFactory
  Stream<DynamicTest> a_record_with_a_typed_subject_is_encoded_in_version_3() {
    assertThat(CanonicalEncoding.VERSION_WITH_SUBJECT).isEqualTo(3);
    return VERSION_3.toJavaStream().map(v -> DynamicTest.dynamicTest(v.name(), () -> {
      byte[] bytes = CanonicalEncoding.encode(v.record());
      assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(v.hex());
      assertThat(Sha256.digest(bytes)).isEqualTo(Sha256.parse(v.sha256()));
      assertThat(bytes[0]).isEqualTo((byte) 3);
    }));
  }

  private static final ExchangeRate USD_EUR = ExchangeRate.of("USD", "EUR", LocalDate.of(2026, 6, 30), "0.920");

  /**
   * Version 3 for a record that cites exchange rates: the version 2 vector with version byte 0x03,
   * then tag 0x0F, the number of rates and each rate's from, to, day and rate as text; before the
   * subject tag 0x10 of a typed subject. The bytes are the independent vectors above with the rate
   * spliced in by hand, hashed with Python's hashlib.
   */
  @Test
  void a_record_that_cites_exchange_rates_is_encoded_in_version_3() {
    String rates = "0f0000000100000003555344000000034555520000000a323032362d30362d333000000004302e3932";
    DecisionRecord atLevel = DecisionRecord.builder().from(KnownRecords.minimal()).approvalLevel(Option.some("financial"))
        .exchangeRates(List.of(USD_EUR)).build();
    assertThat(HexFormat.of().formatHex(CanonicalEncoding.encode(atLevel))).isEqualTo(
        "030100000003642d310200000003722d31030000000f46554e445f414c4c4f434154494f4e0400000006702d64"
            + "616e610500000007415050524f5645060000000069a40718000000000700080009000a000000000b000000000c"
            + "000000000d000e0000000966696e616e6369616c" + rates);
    assertThat(Sha256.digest(CanonicalEncoding.encode(atLevel)))
        .isEqualTo(Sha256.parse("f94bba21a7b8b9565f5a86cc12ce9d5ad04c27dda0a32b0e3ce8ee04f07dfe6b"));
    DecisionRecord tierChange = DecisionRecord.builder().from(KnownRecords.tierChange()).exchangeRates(List.of(USD_EUR))
        .build();
    assertThat(HexFormat.of().formatHex(CanonicalEncoding.encode(tierChange))).isEqualTo(
        "030100000004642d32300200000004722d3230030000000b544945525f4348414e47450400000006702d64616e61"
            + "0500000007415050524f5645060000000069a40718000000000700080009000a000000000b000000000c00000000"
            + "0d00" + rates + "100000000b544945525f4348414e474500000006702d61636d6500000004476f6c64");
    assertThat(Sha256.digest(CanonicalEncoding.encode(tierChange)))
        .isEqualTo(Sha256.parse("370ddea3cd4096371bf623e4a8e51ad793cb0b6340deb1c742c2db6f1a15861d"));
  }

  @Test
  void a_record_with_the_plain_subject_keeps_its_version_1_bytes_whichever_way_it_was_built() {
    DecisionRecord viaSubject = DecisionRecord.builder().from(KnownRecords.minimal())
        .subject(DecisionSubject.of(RequestId.of("r-1"))).build();
    assertThat(viaSubject).isEqualTo(KnownRecords.minimal());
    assertThat(CanonicalEncoding.encode(viaSubject)).isEqualTo(CanonicalEncoding.encode(KnownRecords.minimal()));
  }

  @Test
  void each_call_returns_a_fresh_array() {
    byte[] first = CanonicalEncoding.encode(KnownRecords.minimal());
    first[1] = 0x7f;
    assertThat(CanonicalEncoding.encode(KnownRecords.minimal())[1]).isEqualTo((byte) 0x01);
  }

  @Test
  void text_that_is_not_well_formed_unicode_is_refused() {
    DecisionRecord broken = DecisionRecord.builder().from(KnownRecords.minimal())
        .rationale(Option.some("lone \uD800 surrogate")).build();
    assertThatThrownBy(() -> CanonicalEncoding.encode(broken)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_chain_of_vectors_has_its_pinned_hashes() {
    DecisionLog log = DecisionLog.empty().append(KnownRecords.minimal())
        .append(KnownRecords.rejectedWithRationale()).append(KnownRecords.everything());
    // computed with sha256sum over 32 zero bytes, resp. the previous hash, followed by the vector
    assertThat(log.entries().map(e -> e.hash().hex())).containsExactly(
        "9f58481478b46d70715d9bd07093df6249af481d40ba3b98052a56e68754f862",
        "41311580cf1787764eb3dd02e905c78ee10ccf3caaf430375b115e243ea3a12e",
        "e364ca675f402878f8d7de0314def965598cf7b0c0087213733392ba500e21cf");
  }
}
