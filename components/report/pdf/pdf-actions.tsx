// The five first actions, each kept whole on one page.
import { Text, View } from "@react-pdf/renderer";
import type { Action } from "@/lib/report/document";
import { COLORS, styles } from "./pdf-styles";

export function PdfActions({ actions }: { actions: Action[] }) {
  return (
    <View>
      <Text style={styles.h3} minPresenceAhead={80}>
        First actions: five key areas to focus on
      </Text>
      {actions.map((action) => (
        <View key={action.questionId} wrap={false} style={[styles.card, { marginBottom: 6 }]}>
          <View style={[styles.row, { alignItems: "center", flexWrap: "wrap", marginBottom: 3 }]}>
            <Text style={[styles.badge, { backgroundColor: COLORS[action.kind] }]}>{action.kind}</Text>
            <Text style={[styles.bold, { marginRight: 4 }]}>{action.title}</Text>
            <Text style={[styles.small, styles.muted]}>· {action.section}</Text>
          </View>
          <Text style={styles.small}>{action.text}</Text>
        </View>
      ))}
    </View>
  );
}
