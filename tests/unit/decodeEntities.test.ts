import { expect, it } from 'vitest';
import { decodeEntities } from '~/lib/decodeEntities';

it.each([
  ['docker logs &#x3C;container>', 'docker logs <container>'],
  ['a &amp;&amp; b', 'a && b'],
  ['&quot;$PASSWORD&quot; &#39;x&#39;', `"$PASSWORD" 'x'`],
  ['&lt;tag&gt;&nbsp;', '<tag> '],
  ['&unknown; stays', '&unknown; stays'],
])('decodeEntities(%s) = %s', (html, text) => expect(decodeEntities(html)).toBe(text));
