import { linesIn, type ScriptLine } from './script-line.ts';

const line = linesIn('ja');

/**
 * The Japanese QBR with Northwind Traders, the same meeting as the English one: commitments with owners and
 * dates (「金曜日までに」「来週までに」「月末までに」), look-alikes (past deeds, requests, 「検討したい」, habits, a
 * recap), the renewal at risk after a budget cut, and its topics.
 */
export const QBR_CONVERSATION_JA: readonly ScriptLine[] = [
  line('host', '皆さん、本日はお時間をいただきありがとうございます。今日は利用状況、サポートの課題、SSOの導入、そして3月の更新についてお話しします。'),
  line('Emma Clark', 'よろしくお願いします。最初にお伝えしておくと、来年度はソフトウェアの予算を15%削減するよう経理から指示が出ています。'),
  line('host', '早めに共有いただきありがとうございます。Customer 360の更新もその見直しの対象でしょうか。'),
  line('Emma Clark', 'はい、対象です。正直なところ、CFOに効果を説明できないと更新は難しい状況です。'),
  line('host', '承知しました。利用実績を入れた改訂版の提案書を金曜日までにお送りします。'),
  line('Emma Clark', '助かります。購買担当のウィリアムズさんも確認したいと言っていました。'),
  line('Olivia Park', 'サービスチームではタイムラインを毎日使っています。アクティブユーザーは40人から70人ほどに増えました。'),
  line('host', 'それは嬉しいです。先週お送りした利用レポートの数字とも合っていますね。'),
  line('Olivia Park', 'はい。課題は倉庫チームで、研修のあとほとんどログインしていません。'),
  line('host', '倉庫チーム向けに短い研修を行うのはいかがでしょうか。'),
  line('Olivia Park', 'ぜひお願いします。来週中に倉庫のリーダーたちとの研修を設定します。'),
  line('Liam Nguyen', 'IT側では、SSOの導入がまだIDプロバイダーの証明書の件で止まっています。'),
  line('host', 'こちらで何かご用意できるものはありますか。'),
  line('Liam Nguyen', '更新したメタデータファイルを送っていただけますか。'),
  line('host', 'もちろんです。本日中にメタデータファイルをメールでお送りします。'),
  line('Liam Nguyen', 'ありがとうございます。受け取ったら、来週までに本番開始日をご連絡します。'),
  line('Emma Clark', 'サポートの問い合わせはどうなっていますか。御社側で5件止まっていると思います。'),
  line('host', 'そのうち3件は月曜日のリリースで修正済みです。残りの2件はエクスポートの不具合です。'),
  line('host', 'エクスポートの2件については、水曜日までに状況をご報告します。'),
  line('Jordan Blake', '予算の見直しをお手伝いしているブレイクです。もう少し小さいプランの価格はありますか。'),
  line('host', '何かご提案できるかもしれませんが、現時点ではお約束できません。'),
  line('Jordan Blake', 'わかりました。決める前に選択肢を検討したいと思います。'),
  line('host', '来週までに見積もりを送ります。小さいプランの選択肢も入れておきます。'),
  line('Olivia Park', 'こちらも顧客満足度調査の結果を木曜日までに共有します。'),
  line('Liam Nguyen', 'ちなみに、連携の見直しは普段から四半期ごとにやっています。'),
  line('Emma Clark', '数字が良ければ更新できると思いますし、倉庫チームの分を追加するかもしれません。'),
  line('host', '整理しますと、提案書は金曜日、メタデータは本日、エクスポートの件は水曜日、見積もりは来週です。'),
  line('Emma Clark', 'こちらは月末までに更新について結論をお伝えします。'),
  line('host', 'ありがとうございます。本日は大変参考になりました。'),
  line('Olivia Park', 'ありがとうございました。引き続きよろしくお願いします。'),
];
