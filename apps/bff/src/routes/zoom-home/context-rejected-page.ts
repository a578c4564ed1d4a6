/**
 * The Home URL's answer to a missing, tampered or expired app context. Static text in both languages
 * (the user's locale is unknown here); no inline style or script, which the CSP would block anyway.
 */
export const CONTEXT_REJECTED_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Customer 360: open the app from Zoom</title>
</head>
<body>
<main>
<section lang="en">
<h1>Please open Customer 360 from Zoom</h1>
<p>We could not confirm that this page was opened by the Zoom client, or the link has expired.</p>
<p>Open the app from the <strong>Apps</strong> tab of a Zoom meeting, or close it and reopen it there.</p>
</section>
<hr>
<section lang="ja">
<h1>Customer 360 は Zoom から開いてください</h1>
<p>このページが Zoom クライアントから開かれたことを確認できないか、リンクの有効期限が切れています。</p>
<p>Zoom ミーティングの<strong>アプリ</strong>タブからアプリを開くか、一度閉じてからもう一度開いてください。</p>
</section>
</main>
</body>
</html>
`;
