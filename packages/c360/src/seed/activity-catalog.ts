import type { ActivityType } from '../generated/prisma/client.ts';

/** A timeline entry's subject and notes; `{contact}`, `{company}` and `{percent}` are filled per activity. */
export interface ActivityTemplate {
  subject: string;
  notes: string;
}

type Templates = Record<ActivityType, readonly ActivityTemplate[]>;

/** The oldest entry of every timeline: the success plan that starts the six months the demo covers. */
export const KICKOFF: Record<'en' | 'ja', ActivityTemplate> = {
  en: {
    subject: 'Success plan kick-off',
    notes: '<p>Kick-off of the success plan with {contact}.</p><ul><li>Agreed three business outcomes for the next two quarters</li><li>Named owners on both sides</li><li>Monthly check-ins and a QBR each quarter</li></ul>',
  },
  ja: {
    subject: 'サクセスプラン キックオフ',
    notes: '<p>{contact}様とサクセスプランのキックオフを実施。</p><ul><li>今後2四半期で達成する3つの成果に合意</li><li>双方の責任者を決定</li><li>月次の定例と四半期ごとのQBRを実施</li></ul>',
  },
};

export const ACTIVITY_TEMPLATES: Record<'en' | 'ja', Templates> = {
  en: {
    MEETING: [
      { subject: 'Quarterly business review', notes: '<p>Reviewed outcomes for the quarter with {contact}.</p><ul><li>Active users up {percent}% quarter over quarter</li><li>Agreed priorities for next quarter</li><li>Follow-up: share the executive summary</li></ul>' },
      { subject: 'Roadmap preview', notes: '<p>Walked {company} through the upcoming releases.</p><ul><li>Strong interest in the reporting improvements</li><li>Asked for early access to the API changes</li></ul>' },
      { subject: 'Executive sponsor check-in', notes: '<p>Met {contact} to confirm the value delivered so far.</p><p>Sponsor is positive; wants a clearer ROI story before the renewal.</p>' },
      { subject: 'Renewal planning', notes: '<p>Discussed the renewal timeline and commercial terms.</p><ul><li>Procurement needs the quote four weeks ahead</li><li>Potential {percent}% seat expansion</li></ul>' },
      { subject: 'Admin training session', notes: '<p>Trained the admin team on roles, permissions and reports.</p><ul><li>{percent}% of admins certified</li><li>Recording shared afterwards</li></ul>' },
      { subject: 'Workshop: integration design', notes: '<p>Designed the CRM integration with {contact} and their architect.</p><ul><li>Field mapping agreed</li><li>Pilot with one team first</li></ul>' },
    ],
    CALL: [
      { subject: 'Monthly check-in call', notes: '<p>Quick check-in with {contact}. No blockers; adoption on track.</p>' },
      { subject: 'Escalation follow-up', notes: '<p>Followed up on the open escalation. Fix confirmed; {contact} will verify this week.</p>' },
      { subject: 'Billing question', notes: '<p>{contact} asked about the invoice breakdown. Sent the details by e-mail.</p>' },
      { subject: 'Integration troubleshooting', notes: '<p>Debugged the sync errors together.</p><ul><li>Root cause: an expired API token</li><li>Rotated and monitoring</li></ul>' },
      { subject: 'Champion sync', notes: '<p>Aligned with {contact} on the internal roll-out plan for the next team.</p>' },
    ],
    EMAIL: [
      { subject: 'Adoption report for {company}', notes: '<p>Sent the monthly adoption report: weekly active users at {percent}%.</p>' },
      { subject: 'Renewal quote', notes: '<p>Sent the renewal quote to {contact} with the multi-year option.</p>' },
      { subject: 'Follow-up: QBR action items', notes: '<p>Shared the QBR action items and owners.</p><ul><li>Training plan for new hires</li><li>Dashboard for the leadership team</li></ul>' },
      { subject: 'Invitation to the customer advisory board', notes: '<p>Invited {contact} to the next customer advisory board.</p>' },
      { subject: 'Release notes', notes: '<p>Shared the release notes and highlighted the features {company} asked for.</p>' },
    ],
    UPDATE: [
      { subject: 'Account health update', notes: '<p>Health stable. Usage up {percent}% after the training sessions.</p>' },
      { subject: 'New stakeholder identified', notes: '<p>A new director joined the project; intro meeting requested through {contact}.</p>' },
      { subject: 'Usage dropped in the last two weeks', notes: '<p>Usage down {percent}% during their peak season; checking in with {contact}.</p>' },
      { subject: 'Support escalation resolved', notes: '<p>The P1 escalation is closed. Customer satisfied with the response time.</p>' },
      { subject: 'Expansion opportunity', notes: '<p>The finance team wants access too: about {percent} additional seats.</p>' },
    ],
    MILESTONE: [
      { subject: 'Go-live completed', notes: '<p>{company} is live in production.</p>' },
      { subject: 'Renewal closed', notes: '<p>Renewal signed for another year.</p>' },
      { subject: 'Reached {percent}% licence utilisation', notes: '<p>Licence utilisation passed {percent}%.</p>' },
      { subject: 'Admin certification completed', notes: '<p>All admins at {company} completed the certification.</p>' },
    ],
  },
  ja: {
    MEETING: [
      { subject: '四半期ビジネスレビュー（QBR）', notes: '<p>{contact}様と四半期の成果を確認。</p><ul><li>アクティブユーザーが前四半期比{percent}%増加</li><li>次四半期の優先事項に合意</li><li>宿題: エグゼクティブサマリーを共有</li></ul>' },
      { subject: 'ロードマップ説明会', notes: '<p>今後のリリース予定を説明。</p><ul><li>レポート機能の改善に強い関心</li><li>API変更の早期アクセスを希望</li></ul>' },
      { subject: '更新に向けた打ち合わせ', notes: '<p>契約更新のスケジュールと条件を確認。</p><ul><li>見積は4週間前までに必要</li><li>ライセンス{percent}%増の可能性あり</li></ul>' },
      { subject: '管理者トレーニング', notes: '<p>管理者向けに権限とレポートのトレーニングを実施。</p>' },
    ],
    CALL: [
      { subject: '月次定例（電話）', notes: '<p>{contact}様と定例。特に課題なし、利用状況は順調。</p>' },
      { subject: 'エスカレーションのフォローアップ', notes: '<p>未解決の問い合わせについて確認。修正済み、今週中に先方で検証予定。</p>' },
      { subject: '連携エラーの調査', notes: '<p>同期エラーを一緒に調査。原因はAPIトークンの期限切れ。</p>' },
    ],
    EMAIL: [
      { subject: '利用状況レポートの送付', notes: '<p>月次の利用状況レポートを送付。週次アクティブ率は{percent}%。</p>' },
      { subject: '更新見積の送付', notes: '<p>{contact}様へ複数年プランを含む更新見積を送付。</p>' },
      { subject: 'QBRのアクションアイテム共有', notes: '<p>QBRで決まったアクションアイテムと担当者を共有。</p>' },
    ],
    UPDATE: [
      { subject: 'ヘルス状況の更新', notes: '<p>ヘルスは安定。トレーニング後に利用が{percent}%増加。</p>' },
      { subject: '新しい関係者を確認', notes: '<p>新任の部長がプロジェクトに参加。{contact}様経由で挨拶の場を依頼。</p>' },
      { subject: '直近2週間で利用が減少', notes: '<p>繁忙期のため利用が{percent}%減少。{contact}様に状況を確認中。</p>' },
    ],
    MILESTONE: [
      { subject: '本番稼働', notes: '<p>{company}で本番稼働を開始。</p>' },
      { subject: '契約更新の締結', notes: '<p>1年間の契約更新を締結。</p>' },
      { subject: 'ライセンス利用率{percent}%を達成', notes: '<p>ライセンス利用率が{percent}%を超えた。</p>' },
    ],
  },
};

type TemplateValues = Record<'contact' | 'company' | 'percent', string>;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function fill(text: string, values: TemplateValues, escape: (value: string) => string): string {
  return text.replace(/\{(contact|company|percent)\}/g, (_, key: keyof TemplateValues) => escape(values[key]));
}

/** The subject (plain text) and notes (HTML, values escaped: "City Power & Light") of one activity. */
export function fillTemplate(template: ActivityTemplate, values: TemplateValues): ActivityTemplate {
  return {
    subject: fill(template.subject, values, (value) => value),
    notes: fill(template.notes, values, (value) => value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!)),
  };
}
