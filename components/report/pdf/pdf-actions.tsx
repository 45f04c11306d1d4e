// The first actions in the PDF, as on the page: the order-of-attack paragraphs, then each action (kept whole on one
// page) with its stage when staged, its money, why, and 30/60/90-day plan; and the line under a detailed-analysis
// paragraph that points to its action.
import { Link, Text, View } from "@react-pdf/renderer";
import type { ActionRef, ReportDocument } from "@/lib/report/document";
import { PLAN_STEPS, STAGE_LABELS, actionsHeading, stakeLine } from "../action-list";
import { COLORS, styles } from "./pdf-styles";

export function PdfActions({ executive }: { executive: ReportDocument["executive"] }) {
  return (
    <View>
      <Text style={styles.h3} minPresenceAhead={80}>
        {actionsHeading(executive.actions.length)}
      </Text>
      {executive.actionsLead?.map((p) => (
        <Text key={p.key} style={styles.paragraph}>
          {p.text}
        </Text>
      ))}
      {executive.actions.map((action, index) => {
        const stake = stakeLine(action);
        return (
          <View key={action.questionId} id={action.anchor} wrap={false} style={[styles.card, { marginBottom: 6 }]}>
            <View style={[styles.row, { alignItems: "center", flexWrap: "wrap", marginBottom: 3 }]}>
              <Text style={[styles.badge, { backgroundColor: COLORS[action.kind] }]}>{action.kind}</Text>
              <Text style={[styles.bold, { marginRight: 4 }]}>
                {index + 1}. {action.title}
              </Text>
              <Text style={[styles.small, styles.muted]}>· {action.section}</Text>
            </View>
            {action.stage && <Text style={[styles.small, styles.bold]}>{STAGE_LABELS[action.stage]}</Text>}
            {stake && (
              <Text style={styles.small}>
                <Text style={styles.bold}>{stake.amount}</Text> — {stake.basis}
              </Text>
            )}
            {action.stakeNote && <Text style={[styles.small, styles.muted]}>{action.stakeNote}</Text>}
            <Text style={styles.small}>{action.text}</Text>
            {action.plan &&
              PLAN_STEPS.map(([key, label]) => (
                <Text key={key} style={styles.small}>
                  <Text style={styles.bold}>{label}: </Text>
                  {action.plan![key]}
                </Text>
              ))}
          </View>
        );
      })}
    </View>
  );
}

export function PdfActionRef({ actionRef }: { actionRef: ActionRef }) {
  return (
    <Link src={`#${actionRef.anchor}`} style={{ color: COLORS.brand, fontSize: 9 }}>
      What to do: first action {actionRef.number}, “{actionRef.title}”
    </Link>
  );
}
