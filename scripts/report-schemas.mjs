// Writes schemas/scheme.schema.json (a national scheme as data) and
// schemas/coverage-report.schema.json (what `kehoach check --format json` prints).
// Run: node scripts/report-schemas.mjs
import {writeFileSync} from 'node:fs'

const str = {type: 'string'}
const text = {type: 'string', minLength: 1}
const strOrNull = {type: ['string', 'null']}
const isoDate = {type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$'}
const isoDateOrNull = {anyOf: [isoDate, {type: 'null'}]}
const strings = {type: 'array', items: text}
const list = (ref) => ({type: 'array', items: {$ref: ref}})
const obj = (properties, required = [], extra = {}) => ({
  type: 'object',
  properties,
  required,
  unevaluatedProperties: false,
  ...extra
})
const groupId = {type: 'string', pattern: '^[0-9]+(\\.[0-9a-z]+)*$'}
const comparator = {enum: ['>=', '>', '=', '<=', '<']}
const per = {
  anyOf: [obj({value: {type: 'number', exclusiveMinimum: 0}, unit: text}, ['value', 'unit']), {type: 'null'}]
}

const scheme = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:kehoach:schema:scheme:1.0',
  title: 'Đề án quốc gia (kehoach scheme) 1.0',
  description:
    'A national scheme (Đề án) approved by the Prime Minister, as the data coverage checks and drafts are made from: its task groups, who they apply to, the expected local lead, and its quantitative targets. Every group and target says how sure we are of it (provenance).',
  ...obj(
    {
      $schema: str,
      id: {description: 'Number and symbol of the approving decision, e.g. "315/QĐ-TTg".', ...text},
      short: {description: 'The key plans use in `implements: ["315:3"]`.', type: 'string', pattern: '^[^:\\s]+$'},
      aliases: {description: 'Other ways plans write the number.', ...strings},
      docType: {enum: ['quyet-dinh', 'chi-thi', 'nghi-quyet', 'ke-hoach', 'other']},
      issuer: text,
      date: isoDate,
      title: text,
      period: obj({from: {type: 'integer'}, to: {type: 'integer'}}, ['from', 'to']),
      predecessor: strOrNull,
      basis: strings,
      provenance: {$ref: '#/$defs/provenance'},
      sources: list('#/$defs/source'),
      groups: {type: 'array', minItems: 1, items: {$ref: '#/$defs/group'}},
      targets: list('#/$defs/target'),
      localNames: {
        description: 'How national bodies are named at provincial level, for drafts ("Bộ Tư pháp" → "Sở Tư pháp").',
        type: 'object',
        additionalProperties: text
      },
      concepts: {
        description:
          "Named concepts the groups' rules are written in: each a set of ways of saying one thing (see docs/schemes.md).",
        type: 'object',
        propertyNames: {pattern: '^[a-z][a-z0-9-]*$'},
        additionalProperties: {$ref: '#/$defs/concept'}
      },
      subject: {
        description:
          "Concepts that make a task about the scheme's field; one must be in the task, a heading above it or the plan (a plan that implements the scheme is about its field). A task without it gets no group.",
        type: 'array',
        items: {type: 'string', pattern: '^[a-z][a-z0-9-]*$'}
      },
      others: {
        description:
          'Concepts of other bodies and fields (a steering committee, another sector): a task, or the heading above it, that names one and not the subject is about that and gets no group; a plan title naming one beside the subject does not make the whole plan about the subject.',
        type: 'array',
        items: {type: 'string', pattern: '^[a-z][a-z0-9-]*$'}
      },
      neighbours: {
        description:
          'Concepts of neighbouring fields that tasks about the subject name in passing: a plan title naming one beside the subject is read task by task, but a task naming one is not taken from the subject.',
        type: 'array',
        items: {type: 'string', pattern: '^[a-z][a-z0-9-]*$'}
      }
    },
    ['id', 'short', 'docType', 'issuer', 'date', 'title', 'period', 'provenance', 'groups']
  ),
  $defs: {
    provenance: obj(
      {
        status: {
          description:
            'confirmed: read in the decision itself; secondary: from an official summary or news; reconstructed: inferred from implementing plans.',
          enum: ['confirmed', 'secondary', 'reconstructed']
        },
        source: {description: 'Which sources, by key, and anything a reader should know.', ...text}
      },
      ['status', 'source']
    ),
    source: obj({key: text, title: text, url: str}, ['key', 'title']),
    concept: obj(
      {
        terms: {
          description:
            'Ways of saying the thing; words are compared without case or punctuation, and one other word may stand between two words of a term, in order.',
          type: 'array',
          minItems: 1,
          items: text
        },
        except: {
          description: 'Wordings that contain a term but mean something else; a term found inside one does not count.',
          ...strings
        },
        acts: {
          description:
            'A body that can be the one who acts (a concept of `others`): named at the start of a task before what it does, it is not what the task is about.',
          type: 'boolean'
        },
        source: {description: 'Where the wordings come from: source keys, the labelled set.', ...text},
        note: str
      },
      ['terms', 'source']
    ),
    rule: {
      description:
        'A list of concepts that must all be said (short for {all: list}), or {all, none}: all said, none of `none` said in the task itself.',
      anyOf: [
        {type: 'array', minItems: 1, items: {type: 'string', pattern: '^[a-z][a-z0-9-]*$'}},
        obj(
          {
            all: {type: 'array', minItems: 1, items: {type: 'string', pattern: '^[a-z][a-z0-9-]*$'}},
            none: {type: 'array', items: {type: 'string', pattern: '^[a-z][a-z0-9-]*$'}}
          },
          ['all']
        )
      ]
    },
    scope: {
      description: 'Who carries the group out: central bodies only, provinces, or both.',
      enum: ['central', 'province', 'all']
    },
    expected: obj(
      {
        lead: strings,
        support: strings,
        timeline: str,
        provenance: {$ref: '#/$defs/provenance'}
      },
      ['lead', 'provenance']
    ),
    group: obj(
      {
        id: groupId,
        label: str,
        title: text,
        scope: {$ref: '#/$defs/scope'},
        keywords: {
          description: 'Further phrases plans use for this group; they count as words of the group when matching.',
          ...strings
        },
        concepts: {
          description:
            "What the group is about: the group is found in a task that meets one of these rules over the scheme's concepts.",
          type: 'array',
          items: {$ref: '#/$defs/rule'}
        },
        expected: {anyOf: [{$ref: '#/$defs/expected'}, {type: 'null'}]},
        note: str,
        provenance: {$ref: '#/$defs/provenance'},
        children: list('#/$defs/group')
      },
      ['id', 'title', 'scope', 'provenance']
    ),
    target: obj(
      {
        id: text,
        text: text,
        value: {type: 'number'},
        max: {type: 'number'},
        unit: text,
        comparator,
        per,
        deadline: isoDateOrNull,
        scope: {$ref: '#/$defs/scope'},
        keywords: {
          description: 'A plan target is this one when, for every inner list, its text contains one of the phrases.',
          type: 'array',
          minItems: 1,
          items: {type: 'array', minItems: 1, items: text}
        },
        exclude: {description: 'Phrases that rule a plan target out.', ...strings},
        note: str,
        provenance: {$ref: '#/$defs/provenance'}
      },
      ['id', 'text', 'value', 'unit', 'comparator', 'scope', 'keywords', 'provenance']
    )
  }
}

// A finding has the shape of a diagnostic without a place: ruleId, reason, and fatal false for a warning (absent for information).
const finding = obj(
  {
    ruleId: {
      description: 'A rule of the catalog (docs/rules.md).',
      type: 'string',
      pattern: '^[a-z0-9]+(-[a-z0-9]+)*$'
    },
    reason: text,
    fatal: {description: 'false: a warning; absent: information.', const: false},
    task: str
  },
  ['ruleId', 'reason']
)

const report = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:kehoach:schema:coverage-report:2.0',
  title: 'Báo cáo đối chiếu kế hoạch với Đề án (kehoach coverage report) 2.0',
  description:
    'What a plan covers of its national scheme, group by group, with the plan tasks that are the evidence and findings that explain each status.',
  ...obj(
    {
      scheme: obj(
        {id: text, title: text, period: obj({from: {type: 'integer'}, to: {type: 'integer'}}, ['from', 'to'])},
        ['id', 'title', 'period']
      ),
      plan: obj(
        {
          file: str,
          issuer: strOrNull,
          number: strOrNull,
          date: isoDateOrNull,
          title: strOrNull,
          implements: {type: 'array', items: str},
          form: {enum: ['document', 'summary', 'ocr']}
        },
        ['issuer', 'number', 'date', 'title', 'implements']
      ),
      items: list('#/$defs/item'),
      extras: {type: 'array', items: obj({task: text, title: str}, ['task', 'title'])},
      targets: list('#/$defs/targetResult'),
      findings: {type: 'array', items: {$ref: '#/$defs/finding'}},
      summary: obj(
        {
          groups: {type: 'integer', minimum: 0},
          applicable: {type: 'integer', minimum: 0},
          covered: {type: 'integer', minimum: 0},
          partial: {type: 'integer', minimum: 0},
          missing: {type: 'integer', minimum: 0},
          notApplicable: {type: 'integer', minimum: 0},
          extras: {type: 'integer', minimum: 0},
          coverage: {description: '(covered + partial / 2) / applicable, 0..1', type: 'number', minimum: 0, maximum: 1}
        },
        ['groups', 'applicable', 'covered', 'partial', 'missing', 'notApplicable', 'extras', 'coverage']
      )
    },
    ['scheme', 'plan', 'items', 'extras', 'targets', 'findings', 'summary']
  ),
  $defs: {
    finding,
    match: obj(
      {
        task: text,
        title: str,
        score: {type: 'number', minimum: 0, maximum: 1},
        explicit: {type: 'boolean'},
        terms: {type: 'array', items: str}
      },
      ['task', 'score']
    ),
    item: obj(
      {
        id: text,
        label: str,
        title: text,
        scope: {enum: ['central', 'province', 'all']},
        provenance: {enum: ['confirmed', 'secondary', 'reconstructed']},
        expectedProvenance: {
          description:
            'How sure the scheme data is of the expected lead and timeline the findings compare with (a reconstructed lead is not what the decision says).',
          enum: ['confirmed', 'secondary', 'reconstructed']
        },
        status: {enum: ['covered', 'partial', 'missing', 'not-applicable']},
        matches: list('#/$defs/match'),
        findings: list('#/$defs/finding'),
        children: list('#/$defs/item')
      },
      ['id', 'title', 'status', 'matches', 'findings']
    ),
    targetResult: obj(
      {
        id: text,
        text: text,
        status: {enum: ['met', 'stronger', 'weaker', 'missing', 'not-applicable']},
        plan: {
          type: 'array',
          items: obj(
            {
              text: text,
              value: {type: 'number'},
              max: {type: 'number'},
              comparator,
              unit: str,
              per,
              deadline: isoDateOrNull
            },
            ['text', 'value', 'comparator', 'unit']
          )
        },
        findings: list('#/$defs/finding')
      },
      ['id', 'text', 'status', 'plan', 'findings']
    )
  }
}

const textOrList = {anyOf: [{type: 'string'}, {type: 'array', items: str}, {type: 'null'}]}
const diff = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:kehoach:schema:diff:1.0',
  title: 'So sánh hai kế hoạch (kehoach diff) 1.0',
  description:
    'What changed between two versions of a plan, or two plans: tasks aligned by content (renumbering is not a change), with word-level changes to text and set changes to agencies.',
  ...obj(
    {
      old: {$ref: '#/$defs/side'},
      new: {$ref: '#/$defs/side'},
      changes: list('#/$defs/change'),
      renumbered: {type: 'array', items: obj({old: text, new: text}, ['old', 'new'])},
      summary: obj(
        {
          added: {type: 'integer', minimum: 0},
          removed: {type: 'integer', minimum: 0},
          changed: {type: 'integer', minimum: 0},
          renumbered: {type: 'integer', minimum: 0}
        },
        ['added', 'removed', 'changed', 'renumbered']
      ),
      messages: {
        description:
          'Notes on how the plans were compared, as diagnostics (diff-alignment-bounded: sibling lists too long to score every pair; diff-paragraphs-bounded: removed and added paragraphs of one part too many to compare every pair); absent when there are none.',
        type: 'array',
        items: obj(
          {
            ruleId: finding.properties.ruleId,
            reason: text,
            source: text,
            fatal: {type: 'boolean'},
            url: text,
            file: str,
            place: {type: 'object'}
          },
          ['ruleId', 'reason']
        )
      }
    },
    ['old', 'new', 'changes', 'renumbered', 'summary']
  ),
  $defs: {
    side: obj({file: str, issuer: strOrNull, number: strOrNull, date: isoDateOrNull, title: strOrNull}, [
      'issuer',
      'number',
      'date',
      'title'
    ]),
    word: obj({op: {enum: ['equal', 'insert', 'delete']}, text: str}, ['op', 'text']),
    milestone: obj({label: str, old: strOrNull, new: strOrNull}, ['label', 'old', 'new']),
    field: obj(
      {
        field: text,
        old: textOrList,
        new: textOrList,
        words: list('#/$defs/word'),
        removed: {type: 'array', items: str},
        added: {type: 'array', items: str},
        milestones: list('#/$defs/milestone')
      },
      ['field', 'old', 'new']
    ),
    task: obj(
      {
        id: text,
        label: str,
        title: str,
        body: strOrNull,
        lead: {type: 'array', items: str},
        support: {type: 'array', items: str},
        timeline: strOrNull,
        output: strOrNull,
        children: list('#/$defs/task')
      },
      ['id', 'title', 'lead', 'support', 'children']
    ),
    change: obj(
      {
        kind: {enum: ['added', 'removed', 'changed']},
        scope: {
          enum: [
            'meta',
            'task',
            'preamble',
            'purposes',
            'requirements',
            'objectives',
            'targets',
            'funding',
            'implementation',
            'closing',
            'recipients',
            'signature'
          ]
        },
        old: str,
        new: str,
        title: str,
        fields: list('#/$defs/field'),
        task: {$ref: '#/$defs/task'}
      },
      ['kind', 'scope', 'title']
    )
  }
}

writeFileSync(new URL('../schemas/diff.schema.json', import.meta.url), JSON.stringify(diff, null, 2) + '\n')
writeFileSync(new URL('../schemas/scheme.schema.json', import.meta.url), JSON.stringify(scheme, null, 2) + '\n')
writeFileSync(
  new URL('../schemas/coverage-report.schema.json', import.meta.url),
  JSON.stringify(report, null, 2) + '\n'
)
