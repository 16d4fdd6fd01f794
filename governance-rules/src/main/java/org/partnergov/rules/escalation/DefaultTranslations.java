package org.partnergov.rules.escalation;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Locale;
import org.partnergov.model.escalation.Consequence;
import org.partnergov.model.escalation.ConsequenceCategory;
import org.partnergov.model.escalation.Magnitude;
import org.partnergov.model.escalation.Risk;
import org.partnergov.model.escalation.RiskKind;
import org.partnergov.model.escalation.Severity;
import org.partnergov.model.money.Money;

/** The translation rules of the six built-in risk kinds; see {@link RiskTranslation} for the table. */
final class DefaultTranslations {

  /** A readiness gap whose deadline lies this close after it was raised (or before) is raised a step. */
  static final Duration CLOSE_DEADLINE = Duration.ofDays(30);

  private DefaultTranslations() {}

  static Map<RiskKind, TranslationRule> rules() {
    return LinkedHashMap.of(
        RiskKind.DELIVERY_SLIP, DefaultTranslations::deliverySlip,
        RiskKind.CERTIFICATION_LAPSE, DefaultTranslations::certificationLapse,
        RiskKind.CUSTOMER_COMPLAINT, DefaultTranslations::customerComplaint,
        RiskKind.COMPLIANCE_BREACH, DefaultTranslations::complianceBreach,
        RiskKind.READINESS_GAP, DefaultTranslations::readinessGap,
        RiskKind.FUND_MISUSE, DefaultTranslations::fundMisuse);
  }

  static Seq<Consequence> deliverySlip(Risk risk, Severity rated) {
    return List.of(of(risk, ConsequenceCategory.OPERATIONAL, rated, rated, "disrupts delivery"))
        .appendAll(customers(risk, rated)).appendAll(revenue(risk, rated));
  }

  static Seq<Consequence> certificationLapse(Risk risk, Severity rated) {
    return List.of(of(risk, ConsequenceCategory.COMPLIANCE, rated, rated,
            "means work that requires the certification is done without it"),
        of(risk, ConsequenceCategory.OPERATIONAL, rated, rated,
            "means the partner may no longer deliver certified work"));
  }

  static Seq<Consequence> customerComplaint(Risk risk, Severity rated) {
    return List.of(of(risk, ConsequenceCategory.CUSTOMER, rated, rated, "shows a customer is hurt"))
        .appendAll(revenue(risk, rated));
  }

  static Seq<Consequence> complianceBreach(Risk risk, Severity rated) {
    Severity severity = risk.regulation().isDefined() ? atLeast(rated, Severity.HIGH) : rated;
    String why = risk.regulation().map(r -> "breaks " + r).getOrElse("breaks a compliance obligation");
    return List.of(of(risk, ConsequenceCategory.COMPLIANCE, rated, severity, why,
            risk.regulation().map(r -> "at least high because a regulation (" + r + ") is involved")))
        .appendAll(customers(risk, rated));
  }

  static Seq<Consequence> readinessGap(Risk risk, Severity rated) {
    Option<String> close = risk.deadline().filter(d -> !d.isAfter(risk.raisedAt().plus(CLOSE_DEADLINE)))
        .map(d -> "raised one step because the deadline " + d + " is at most "
            + CLOSE_DEADLINE.toDays() + " days after the risk was raised");
    Severity severity = close.isDefined() ? raised(rated) : rated;
    return List.of(of(risk, ConsequenceCategory.OPERATIONAL, rated, severity,
            "threatens a launch or another fixed date", close))
        .appendAll(revenue(risk, rated));
  }

  static Seq<Consequence> fundMisuse(Risk risk, Severity rated) {
    Severity severity = atLeast(rated, Severity.MEDIUM);
    return List.of(of(risk, ConsequenceCategory.COMPLIANCE, rated, severity,
            "spends program funds on what they were not granted for",
            Option.when(severity != rated, "at least medium because misused funds always need review")))
        .appendAll(revenue(risk, rated));
  }

  private static Seq<Consequence> customers(Risk risk, Severity rated) {
    return risk.customersAffected() > 0
        ? List.of(of(risk, ConsequenceCategory.CUSTOMER, rated, rated, "reaches customers"))
        : List.empty();
  }

  private static Seq<Consequence> revenue(Risk risk, Severity rated) {
    return risk.revenueAtRisk().exists(Money::isPositive)
        ? List.of(of(risk, ConsequenceCategory.REVENUE, rated, rated, "puts revenue at risk"))
        : List.empty();
  }

  private static Consequence of(Risk risk, ConsequenceCategory category, Severity rated, Severity severity,
      String why) {
    return of(risk, category, rated, severity, why, Option.none());
  }

  private static Consequence of(Risk risk, ConsequenceCategory category, Severity rated, Severity severity,
      String why, Option<String> adjusted) {
    String rating = "rated " + lower(severity.name()) + " (impact " + risk.impact() + ", likelihood "
        + risk.likelihood() + (severity == rated ? "" : ", " + adjusted.getOrElse("adjusted from " + lower(rated.name())))
        + ")";
    String explanation = capital(lower(risk.kind().code()).replace('_', ' ')) + " " + risk.id() + " of partner "
        + risk.partner() + " " + why + ": " + article(category) + " " + lower(category.name()) + " consequence, "
        + rating + "; " + describe(risk.magnitude()) + ".";
    return new Consequence(category, severity, risk.magnitude(), explanation);
  }

  /** "12 customers affected, 50000.00 EUR revenue at risk, regulation GDPR" or "no customers, revenue or regulation known to be involved". */
  static String describe(Magnitude m) {
    if (m.isNone()) {
      return "no customers, revenue or regulation known to be involved";
    }
    Seq<String> parts = List.of(
        Option.when(m.customersAffected() > 0, () -> m.customersAffected()
            + (m.customersAffected() == 1 ? " customer" : " customers") + " affected"),
        m.revenueAtRisk().map(r -> r + " revenue at risk"),
        m.regulation().map(r -> "regulation " + r)).flatMap(o -> o);
    return parts.isEmpty() ? "no customers known to be affected" : parts.mkString(", ");
  }

  static Severity atLeast(Severity severity, Severity floor) {
    return severity.isAtLeast(floor) ? severity : floor;
  }

  static Severity raised(Severity severity) {
    return severity == Severity.CRITICAL ? severity : Severity.values()[severity.ordinal() + 1];
  }

  private static String article(ConsequenceCategory category) {
    return category == ConsequenceCategory.OPERATIONAL ? "an" : "a";
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static String capital(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
