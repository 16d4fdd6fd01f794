package org.partnergov.examples.demo;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import java.util.Locale;
import org.partnergov.model.decision.Holder;
import org.partnergov.model.diagnosis.FailureMode;
import org.partnergov.model.diagnosis.Finding;
import org.partnergov.model.ecosystem.EcosystemSnapshot;
import org.partnergov.model.escalation.Consequence;
import org.partnergov.model.party.OrgUnit;
import org.partnergov.model.party.Partner;
import org.partnergov.model.party.PartnerId;
import org.partnergov.model.party.Person;
import org.partnergov.rules.diagnosis.Diagnosis;
import org.partnergov.rules.diagnosis.VerdictPart;
import org.partnergov.rules.evidence.Scorecard;
import org.partnergov.rules.operating.Notification;
import org.partnergov.rules.operating.OverdueItem;
import org.partnergov.rules.operating.PartnerFeedback;
import org.partnergov.rules.review.PlannedStep;
import org.partnergov.rules.review.ReviewPlan;

/**
 * Renders the demo's report as plain text, section by section: short lines, wrapped at
 * {@value #WIDTH} characters, with the library's own explanations quoted as they are.
 */
final class ReportPrinter {

  static final int WIDTH = 100;

  private final StringBuilder out = new StringBuilder();
  private final EcosystemSnapshot snapshot;

  ReportPrinter(EcosystemSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** The text written so far. */
  String text() {
    return out.toString();
  }

  ReportPrinter title(String text) {
    out.append(text).append('\n').append("=".repeat(Math.min(WIDTH, text.length()))).append("\n\n");
    return this;
  }

  ReportPrinter section(String text) {
    out.append('\n').append(text).append('\n').append("-".repeat(Math.min(WIDTH, text.length()))).append('\n');
    return this;
  }

  /** A paragraph wrapped at the width, every line indented, the first with the label. */
  ReportPrinter line(int indent, String label, String text) {
    String first = " ".repeat(indent) + label;
    String rest = " ".repeat(indent + label.length());
    StringBuilder current = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && current.length() + 1 + word.length() > WIDTH) {
        out.append(current).append('\n');
        current = new StringBuilder(rest);
        empty = true;
      }
      if (!empty) {
        current.append(' ');
      }
      current.append(word);
      empty = false;
    }
    out.append(current).append('\n');
    return this;
  }

  ReportPrinter line(int indent, String text) {
    return line(indent, "", text);
  }

  ReportPrinter blank() {
    out.append('\n');
    return this;
  }

  // ---------------------------------------------------------------- decision test

  ReportPrinter verdict(Diagnosis diagnosis) {
    section("Decision test verdict (as of " + diagnosis.asOf() + ")");
    for (VerdictPart part : diagnosis.verdict()) {
      line(2, (part.passed() ? "PASS  " : "FAIL  "), part.statement());
      for (String reason : part.reasons()) {
        line(8, "- ", reason);
      }
    }
    line(2, "Overall: " + (diagnosis.passed() ? "PASS" : "FAIL") + ", " + diagnosis.findings().size()
        + " findings.");
    return this;
  }

  ReportPrinter findings(Diagnosis diagnosis) {
    section("Findings by failure mode");
    for (FailureMode mode : FailureMode.values()) {
      Seq<Finding> found = diagnosis.findings(mode);
      line(0, mode.code() + " " + mode.title() + ": " + (found.isEmpty() ? "none found" : found.size() + " found"));
      for (Finding f : found) {
        line(2, "* ", "[" + f.code() + ", " + f.severity().name().toLowerCase(Locale.ROOT) + "] " + f.explanation());
        line(4, "Subjects: ", f.subjects().mkString(", "));
        line(4, "Remediation: ", f.remediation());
      }
    }
    return this;
  }

  // ---------------------------------------------------------------- scorecards

  ReportPrinter scorecards(SortedMap<PartnerId, Scorecard<PartnerId>> scorecards) {
    section("Partner scorecards: activity and evidence kept apart");
    for (Partner partner : snapshot.parts().partners().sortBy(p -> p.id().toString())) {
      line(0, partner.name() + " (" + partner.id() + ", " + partner.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + ", " + partner.tier() + ", relationship owner " + person(partner.relationshipOwner().toString()) + ")");
      for (Scorecard<PartnerId> card : scorecards.get(partner.id())) {
        line(2, "Activity: ", card.enablement().total().count() + " enablement records. "
            + card.activityNarrative().text());
        line(2, "Evidence: ", (card.performance().total().count() + card.customerImpact().total().count())
            + " performance and customer-impact records. " + card.performanceNarrative().text());
      }
      if (scorecards.get(partner.id()).isEmpty()) {
        line(2, "No activity recorded in the period.");
      }
    }
    return this;
  }

  // ---------------------------------------------------------------- exception queue

  ReportPrinter plan(ReviewPlan plan) {
    line(4, "Plan: ", plan.explanation());
    for (PlannedStep step : plan.steps()) {
      line(6, "- ", holder(step.reviewer()) + ", due " + step.due() + ": " + step.criteria()
          .map(c -> c.criterion() + (c.met() ? " met" : " NOT met") + " (" + c.explanation() + ")").mkString("; "));
    }
    return this;
  }

  // ---------------------------------------------------------------- escalations

  ReportPrinter consequences(Seq<Consequence> consequences) {
    for (Consequence c : consequences) {
      line(4, "Consequence: ", c.category().name().toLowerCase(Locale.ROOT) + ", "
          + c.severity().name().toLowerCase(Locale.ROOT) + ": " + c.explanation());
    }
    return this;
  }

  // ---------------------------------------------------------------- operating layer

  ReportPrinter overdue(Seq<OverdueItem> items) {
    line(0, "Overdue (" + items.size() + "):");
    for (OverdueItem item : items) {
      line(2, "* ", item.kind().name().toLowerCase(Locale.ROOT) + " " + item.subject() + ", owner " + item.owner()
           + ", " + late(item.overdueBy()) + " late. " + item.explanation());
    }
    return this;
  }

  ReportPrinter notifications(Seq<Notification> notifications) {
    line(0, "Notifications due (" + notifications.size() + "):");
    for (Notification n : notifications) {
      line(2, "* ", "to " + holder(n.recipient()) + " (" + n.role().name().toLowerCase(Locale.ROOT) + "): " + n.message());
    }
    return this;
  }

  ReportPrinter feedback(Seq<PartnerFeedback> feedback) {
    line(0, "Partner feedback (" + feedback.size() + "):");
    for (PartnerFeedback f : feedback) {
      line(2, "* ", "to " + partner(f.partner()) + ": " + f.reasons().mkString(" "));
    }
    return this;
  }

  private static String late(java.time.Duration by) {
    return by.toDays() >= 1 ? by.toDays() + (by.toDays() == 1 ? " day" : " days")
        : by.toHours() + (by.toHours() == 1 ? " hour" : " hours");
  }

  // ---------------------------------------------------------------- names

  String person(String id) {
    return snapshot.parts().persons().find(p -> p.id().toString().equals(id)).map(Person::name).getOrElse(id);
  }

  String partner(PartnerId id) {
    return snapshot.partner(id).map(Partner::name).getOrElse(id::toString);
  }

  String holder(Holder holder) {
    return holder.fold(p -> person(p.person().toString()), r -> "whoever holds the role " + r.role(),
        t -> "team " + snapshot.orgUnit(t.orgUnit()).map(OrgUnit::name).getOrElse(t.orgUnit()::toString));
  }
}
