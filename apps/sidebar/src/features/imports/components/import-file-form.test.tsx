import { describe, expect, it } from 'vitest';
import { renderMarkup, textOf } from '@/test/render-markup';
import { ImportFileForm } from './import-file-form';

describe('the import form', () => {
  it('asks what the file holds (with the columns each needs) and for the file, then offers Check file', async () => {
    const html = await renderMarkup('en', <ImportFileForm onStarted={() => undefined} />);
    expect(textOf(html)).toBe(
      'What the file holds ' +
        'Companies Columns: Name (required), ExternalId, Industry, Employees, ARR, MRR, RenewalDate, OriginalContractDate, Stage, Status, Lifecycle, EmailDomain, CsmEmail, NPS (−100 to 100). Without an ExternalId a company is found by its EmailDomain, else by its Name. ' +
        'Relationships Columns: Name (required), CompanyExternalId or CompanyName, ExternalId, Type (needed for a new one), CsmEmail. ' +
        'People Columns: FirstName, LastName and Email (required), ExternalId, CompanyExternalId or CompanyName, RelationshipName, Title, Role, IsPrimary, ManagerEmail, Phone, LinkedinUrl, Location, Timezone. ' +
        'Company attribute values Columns: CompanyExternalId or CompanyName, AttributeKey and Value (required), AttributeType. ' +
        "Values as the attribute takes them: a number, YYYY-MM-DD, true/false, a user's e-mail. " +
        'Scorecard measure scores Columns: CompanyExternalId or CompanyName, RelationshipName, Scorecard and Measure (required), Score (0–100), Comment, UpdatedByEmail. ' +
        'Timeline activities Columns: ExternalId, Type, Subject, ActivityDate and AuthorEmail (required), CompanyExternalId or CompanyName, RelationshipName, Notes, DurationInMins, Source, MeetingUuid, LoggedAt, InternalAttendees and ExternalAttendees (e-mails separated by "; "). ' +
        'CTAs Columns: ExternalId, Subject, OwnerEmail and DueDate (required), CompanyExternalId or CompanyName, RelationshipName, ActivityExternalId, Type, Reason, Priority, Status, CreatedAt, ClosedAt. ' +
        'Support tickets Columns: ExternalId, Subject, Status and CreatedAt (required), CompanyExternalId or CompanyName, FirstResponseAt, ResolvedAt, Rating (1 to 5). ' +
        'Support ticket replies Columns: TicketExternalId, SentAt and ResponseMinutes (all required). Import the tickets first. ' +
        'CSV file Rows are matched by ExternalId, else by what names them (an e-mail, a name within the company): importing the same file again changes nothing. ' +
        'Check file',
    );
    // Companies chosen at first; the file input named by its label and described by its hint.
    expect(html).toMatch(/<input type="radio"[^>]*checked=""[^>]*value="companies"/);
    expect(html).toMatch(
      /<label for="([^"]+)"[^>]*>CSV file<\/label><p id="\1-hint"[^>]*>.*<\/p><input id="\1"[^>]*aria-describedby="\1-hint"[^>]*type="file"/,
    );
    // Nothing to import before a check.
    expect(html.match(/<button/g)).toHaveLength(1);
  });

  it('reads in Japanese', async () => {
    expect(textOf(await renderMarkup('ja', <ImportFileForm onStarted={() => undefined} />))).toBe(
      'ファイルの内容 ' +
        '企業 列: Name（必須）、ExternalId、Industry、Employees、ARR、MRR、RenewalDate、OriginalContractDate、Stage、Status、Lifecycle、EmailDomain、CsmEmail、NPS（−100～100）。ExternalId がなければ EmailDomain で、それもなければ Name で企業を特定します。 ' +
        'リレーションシップ 列: Name（必須）、CompanyExternalId または CompanyName、ExternalId、Type（新規は必須）、CsmEmail ' +
        '個人 列: FirstName、LastName、Email（必須）、ExternalId、CompanyExternalId または CompanyName、RelationshipName、Title、Role、IsPrimary、ManagerEmail、Phone、LinkedinUrl、Location、Timezone ' +
        '企業の属性値 列: CompanyExternalId または CompanyName、AttributeKey と Value（必須）、AttributeType。値は属性の型で: 数値、YYYY-MM-DD、true/false、ユーザーのメールアドレス ' +
        'スコアカードの指標スコア 列: CompanyExternalId または CompanyName、RelationshipName、Scorecard と Measure（必須）、Score（0〜100）、Comment、UpdatedByEmail ' +
        'タイムラインのアクティビティ 列: ExternalId、Type、Subject、ActivityDate、AuthorEmail（必須）、CompanyExternalId または CompanyName、RelationshipName、Notes、DurationInMins、Source、MeetingUuid、LoggedAt、InternalAttendees と ExternalAttendees（メールアドレスを「; 」で区切る） ' +
        'CTA 列: ExternalId、Subject、OwnerEmail、DueDate（必須）、CompanyExternalId または CompanyName、RelationshipName、ActivityExternalId、Type、Reason、Priority、Status、CreatedAt、ClosedAt ' +
        'サポートの問い合わせ 列: ExternalId、Subject、Status、CreatedAt（必須）、CompanyExternalId または CompanyName、FirstResponseAt、ResolvedAt、Rating（1～5） ' +
        'サポートの問い合わせへの返信 列: TicketExternalId、SentAt、ResponseMinutes（すべて必須）。先に問い合わせをインポートしてください。 ' +
        'CSV ファイル 行は ExternalId で、なければ行を特定する値（メールアドレス、企業内の名前など）で照合します。同じファイルをもう一度インポートしても何も変わりません。 ' +
        'ファイルを確認',
    );
  });
});
