// Writes schemas/plan.schema.json. The schema is data; this script only keeps the
// repeated pieces (string-or-null, position) consistent. Run: node scripts/plan-schema.mjs
import {writeFileSync} from 'node:fs'

const str = {type: 'string'}
const strOrNull = {type: ['string', 'null']}
const isoDate = {type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$'}
const isoDateOrNull = {anyOf: [isoDate, {type: 'null'}]}
const pos = {$ref: '#/$defs/position'}
const list = (ref) => ({type: 'array', items: {$ref: ref}})
// Text lists accept a plain string for an item without a label.
const textList = () => ({type: 'array', items: {anyOf: [{type: 'string'}, {$ref: '#/$defs/textItem'}]}})
const obj = (properties, required = [], extra = {}) => ({
  type: 'object',
  properties,
  required,
  unevaluatedProperties: false,
  ...extra
})

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:kehoach:schema:plan:1.1',
  title: 'Kế hoạch (kehoach plan model) 1.1',
  description:
    'A Vietnamese government plan document: header, purposes, targets, task tree, funding, assignments, recipients and signature. Fields a reader always fills may be left out when authoring; the loader fills their defaults.',
  ...obj(
    {
      $schema: str,
      meta: {$ref: '#/$defs/meta'},
      preamble: textList(),
      purposes: textList(),
      requirements: textList(),
      objectives: textList(),
      targets: list('#/$defs/target'),
      tasks: list('#/$defs/task'),
      funding: textList(),
      implementation: list('#/$defs/assignment'),
      closing: textList(),
      recipients: {type: 'array', items: str},
      signature: {anyOf: [{$ref: '#/$defs/signature'}, {type: 'null'}]},
      sections: list('#/$defs/section'),
      appendices: list('#/$defs/appendix')
    },
    ['meta', 'tasks']
  ),
  $defs: {
    point: obj(
      {
        line: {type: 'integer', minimum: 1},
        column: {type: 'integer', minimum: 1},
        offset: {type: 'integer', minimum: 0},
        page: {type: 'integer', minimum: 1}
      },
      ['line', 'column']
    ),
    position: obj({start: {$ref: '#/$defs/point'}, end: {$ref: '#/$defs/point'}}, ['start', 'end']),
    docType: {
      enum: [
        'ke-hoach',
        'quyet-dinh',
        'cong-van',
        'chi-thi',
        'huong-dan',
        'thong-bao',
        'bao-cao',
        'de-an',
        'nghi-quyet',
        'nghi-dinh',
        'thong-tu',
        'luat',
        'chuong-trinh',
        'to-trinh',
        'other'
      ]
    },
    docRefFields: {
      type: 'object',
      properties: {
        text: str,
        docType: {anyOf: [{$ref: '#/$defs/docType'}, {type: 'null'}]},
        number: strOrNull,
        date: isoDateOrNull,
        issuer: strOrNull,
        title: strOrNull,
        position: pos
      },
      // A reference is its number, or its words alone (a law cited by name: "Luật Hòa giải ở cơ sở").
      anyOf: [
        {properties: {number: true}, required: ['number']},
        {properties: {text: true}, required: ['text']}
      ]
    },
    docRef: {type: 'object', $ref: '#/$defs/docRefFields', unevaluatedProperties: false},
    enactingDecision: {
      type: 'object',
      $ref: '#/$defs/docRefFields',
      properties: {
        articles: list('#/$defs/textItem'),
        recipients: {type: 'array', items: str},
        signature: {anyOf: [{$ref: '#/$defs/signature'}, {type: 'null'}]}
      },
      required: ['articles'],
      unevaluatedProperties: false
    },
    meta: obj(
      {
        docType: {$ref: '#/$defs/docType'},
        issuer: strOrNull,
        parentIssuer: strOrNull,
        number: strOrNull,
        symbol: strOrNull,
        place: strOrNull,
        date: isoDateOrNull,
        partialDate: {anyOf: [{type: 'string', pattern: '^\\d{4}(-\\d{2})?$'}, {type: 'null'}]},
        title: strOrNull,
        recipientsTo: {type: 'array', items: str},
        implements: list('#/$defs/docRef'),
        basis: list('#/$defs/docRef'),
        enactedBy: {anyOf: [{$ref: '#/$defs/enactingDecision'}, {type: 'null'}]},
        period: {
          anyOf: [obj({from: {type: 'integer'}, to: {type: 'integer'}}, ['from', 'to']), {type: 'null'}]
        },
        form: {enum: ['document', 'summary', 'ocr']},
        position: pos
      },
      ['issuer']
    ),
    textItem: obj({label: str, text: str, position: pos}, ['text']),
    comparator: {enum: ['>=', '>', '=', '<=', '<']},
    target: obj(
      {
        text: str,
        value: {type: 'number'},
        max: {type: 'number'},
        unit: str,
        comparator: {$ref: '#/$defs/comparator'},
        per: {
          anyOf: [obj({value: {type: 'number'}, unit: str}, ['value', 'unit']), {type: 'null'}]
        },
        subject: strOrNull,
        deadline: isoDateOrNull,
        position: pos
      },
      ['text', 'value', 'unit', 'comparator']
    ),
    agencyDetail: obj({name: {type: 'string', minLength: 1}, advisor: strOrNull, note: strOrNull, position: pos}, [
      'name'
    ]),
    agency: {anyOf: [{type: 'string', minLength: 1}, {$ref: '#/$defs/agencyDetail'}]},
    recurrence: obj(
      {
        every: {type: 'integer', minimum: 1},
        unit: {enum: ['year', 'quarter', 'month', 'week']},
        times: {type: 'integer', minimum: 1},
        minimum: {type: 'boolean'}
      },
      ['every', 'unit']
    ),
    milestone: obj({label: str, timeline: {$ref: '#/$defs/timelineDetail'}}, ['label', 'timeline']),
    timelineDetail: obj(
      {
        text: str,
        kind: {enum: ['period', 'deadline', 'recurring', 'ongoing', 'milestones', 'unknown']},
        from: isoDateOrNull,
        to: isoDateOrNull,
        recurrence: {anyOf: [{$ref: '#/$defs/recurrence'}, {type: 'null'}]},
        milestones: list('#/$defs/milestone'),
        position: pos
      },
      ['text']
    ),
    timeline: {
      description: 'A timeline object, or its text alone ("Hàng năm"), which the loader structures.',
      anyOf: [{type: 'string'}, {$ref: '#/$defs/timelineDetail'}, {type: 'null'}]
    },
    task: obj(
      {
        id: {type: 'string', pattern: '^[^\\s.]+(\\.[^\\s.]+)*$'},
        label: str,
        title: {type: 'string', minLength: 1},
        body: strOrNull,
        lead: {type: 'array', items: {$ref: '#/$defs/agency'}},
        support: {type: 'array', items: {$ref: '#/$defs/agency'}},
        leadText: strOrNull,
        supportText: strOrNull,
        timeline: {$ref: '#/$defs/timeline'},
        output: strOrNull,
        implements: {type: 'array', items: {type: 'string', pattern: '^[^:\\s]+:[0-9]+(\\.[0-9a-z]+)*$'}},
        source: {enum: ['body', 'appendix']},
        children: list('#/$defs/task'),
        position: pos
      },
      ['title']
    ),
    assignment: obj(
      {
        agency: {$ref: '#/$defs/agency'},
        joint: {type: 'array', items: {$ref: '#/$defs/agency'}},
        duties: str,
        agencyText: strOrNull,
        inline: {type: 'boolean'},
        request: {type: 'boolean'},
        label: str,
        position: pos
      },
      ['agency', 'duties']
    ),
    signature: obj({authority: strOrNull, capacity: strOrNull, position: strOrNull, name: strOrNull, span: pos}, []),
    appendix: obj(
      {
        label: strOrNull,
        title: strOrNull,
        columns: {type: 'array', items: str},
        rows: list('#/$defs/appendixRow'),
        position: pos
      },
      ['columns', 'rows']
    ),
    appendixRow: obj({cells: {type: 'array', items: str}, task: str, position: pos}, ['cells']),
    section: obj(
      {
        label: str,
        title: str,
        role: {enum: ['purposes', 'objectives', 'tasks', 'funding', 'implementation', 'other']},
        text: list('#/$defs/textItem'),
        position: pos
      },
      ['label', 'title', 'role']
    )
  }
}

writeFileSync(new URL('../schemas/plan.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n')
