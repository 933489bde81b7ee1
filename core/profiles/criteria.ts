/** A criteria tree (GB/T 19580 or a county's own, Z16): categories with scored leaf items. */
export interface Text {
  zh: string;
  en: string;
}

export interface CriteriaItem {
  clause: string;
  name: Text;
  points: number;
  /** false where the split of a category into items was not confirmed against the standard's text (CRITERIA.md). */
  confirmed: boolean;
}

export interface CriteriaCategory {
  clause: string;
  name: Text;
  points: number;
  /** Process items are judged on approach/deployment, results items on levels/trends (GB/Z 19579). */
  kind: 'process' | 'results';
  confirmed: boolean;
  items: CriteriaItem[];
}

export interface CriteriaTree {
  id: string;
  name: Text;
  total: number;
  categories: CriteriaCategory[];
}

export function leafItems(tree: CriteriaTree): CriteriaItem[] {
  return tree.categories.flatMap((c) => c.items);
}

/** The category a leaf belongs to, by the tree (not by parsing the clause). */
export function categoryOf(tree: CriteriaTree, itemClause: string): CriteriaCategory | undefined {
  return tree.categories.find((c) => c.items.some((i) => i.clause === itemClause));
}

const t = (zh: string, en: string): Text => ({ zh, en });
const item = (clause: string, zh: string, en: string, points: number, confirmed: boolean): CriteriaItem => ({
  clause,
  name: t(zh, en),
  points,
  confirmed,
});

/** GB/T 19580-2004: category points from Y15 (certain); item split per CRITERIA.md with its confirmed flags. */
export const GBT19580_2004: CriteriaTree = {
  id: 'gbt19580-2004',
  name: t('GB/T 19580-2004 卓越绩效评价准则', 'GB/T 19580-2004 Criteria for performance excellence'),
  total: 1000,
  categories: [
    {
      clause: '4.1', name: t('领导', 'Leadership'), points: 100, kind: 'process', confirmed: true,
      items: [
        item('4.1.1', '组织的领导', 'Organizational leadership', 60, true),
        item('4.1.2', '社会责任', 'Social responsibility', 40, true),
      ],
    },
    {
      clause: '4.2', name: t('战略', 'Strategy'), points: 80, kind: 'process', confirmed: true,
      items: [
        item('4.2.1', '战略制定', 'Strategy development', 40, false),
        item('4.2.2', '战略部署', 'Strategy deployment', 40, false),
      ],
    },
    {
      clause: '4.3', name: t('顾客与市场', 'Customers and market'), points: 90, kind: 'process', confirmed: true,
      items: [
        item('4.3.1', '顾客与市场的了解', 'Customer and market knowledge', 40, true),
        item('4.3.2', '顾客关系与顾客满意', 'Customer relationships and satisfaction', 50, true),
      ],
    },
    {
      clause: '4.4', name: t('资源', 'Resources'), points: 120, kind: 'process', confirmed: true,
      items: [
        item('4.4.1', '人力资源', 'Human resources', 40, false),
        item('4.4.2', '财务资源', 'Financial resources', 15, false),
        item('4.4.3', '基础设施', 'Infrastructure', 15, false),
        item('4.4.4', '信息', 'Information', 20, false),
        item('4.4.5', '技术', 'Technology', 15, false),
        item('4.4.6', '相关方关系', 'Partner relationships', 15, false),
      ],
    },
    {
      clause: '4.5', name: t('过程管理', 'Process management'), points: 110, kind: 'process', confirmed: true,
      items: [
        item('4.5.1', '价值创造过程', 'Value creation processes', 70, false),
        item('4.5.2', '支持过程', 'Support processes', 40, false),
      ],
    },
    {
      clause: '4.6', name: t('测量、分析与改进', 'Measurement, analysis and improvement'), points: 100, kind: 'process', confirmed: true,
      items: [
        item('4.6.1', '测量与分析', 'Measurement and analysis', 40, false),
        item('4.6.2', '信息和知识的管理', 'Information and knowledge management', 30, false),
        item('4.6.3', '改进', 'Improvement', 30, false),
      ],
    },
    {
      clause: '4.7', name: t('经营结果', 'Results'), points: 400, kind: 'results', confirmed: true,
      items: [
        item('4.7.1', '顾客与市场的结果', 'Customer and market results', 120, false),
        item('4.7.2', '财务结果', 'Financial results', 80, false),
        item('4.7.3', '资源结果', 'Resource results', 80, false),
        item('4.7.4', '过程有效性结果', 'Process effectiveness results', 70, false),
        item('4.7.5', '组织的治理和社会责任结果', 'Governance and social responsibility results', 50, false),
      ],
    },
  ],
};

/** GB/T 19580-2012: each category opens with an unscored x.1, so items start at x.2 (CRITERIA.md). */
export const GBT19580_2012: CriteriaTree = {
  id: 'gbt19580-2012',
  name: t('GB/T 19580-2012 卓越绩效评价准则', 'GB/T 19580-2012 Criteria for performance excellence'),
  total: 1000,
  categories: [
    {
      clause: '4.1', name: t('领导', 'Leadership'), points: 110, kind: 'process', confirmed: true,
      items: [
        item('4.1.2', '高层领导的作用', 'Role of senior leaders', 50, true),
        item('4.1.3', '组织治理', 'Organizational governance', 30, true),
        item('4.1.4', '社会责任', 'Social responsibility', 30, true),
      ],
    },
    {
      clause: '4.2', name: t('战略', 'Strategy'), points: 90, kind: 'process', confirmed: false,
      items: [
        item('4.2.2', '战略制定', 'Strategy development', 40, false),
        item('4.2.3', '战略部署', 'Strategy deployment', 50, false),
      ],
    },
    {
      clause: '4.3', name: t('顾客与市场', 'Customers and market'), points: 90, kind: 'process', confirmed: false,
      items: [
        item('4.3.2', '顾客和市场的了解', 'Customer and market knowledge', 40, false),
        item('4.3.3', '顾客关系与顾客满意', 'Customer relationships and satisfaction', 50, false),
      ],
    },
    {
      clause: '4.4', name: t('资源', 'Resources'), points: 130, kind: 'process', confirmed: false,
      items: [
        item('4.4.2', '人力资源', 'Human resources', 60, false),
        item('4.4.3', '财务资源', 'Financial resources', 15, false),
        item('4.4.4', '信息和知识资源', 'Information and knowledge resources', 20, false),
        item('4.4.5', '技术资源', 'Technology resources', 15, false),
        item('4.4.6', '基础设施', 'Infrastructure', 10, false),
        item('4.4.7', '相关方关系', 'Partner relationships', 10, false),
      ],
    },
    {
      clause: '4.5', name: t('过程管理', 'Process management'), points: 100, kind: 'process', confirmed: false,
      items: [
        item('4.5.2', '过程的识别与设计', 'Process identification and design', 50, false),
        item('4.5.3', '过程的实施与改进', 'Process implementation and improvement', 50, false),
      ],
    },
    {
      clause: '4.6', name: t('测量、分析与改进', 'Measurement, analysis and improvement'), points: 80, kind: 'process', confirmed: false,
      items: [
        item('4.6.2', '测量、分析和评价', 'Measurement, analysis and evaluation', 40, false),
        item('4.6.3', '改进与创新', 'Improvement and innovation', 40, false),
      ],
    },
    {
      clause: '4.7', name: t('结果', 'Results'), points: 400, kind: 'results', confirmed: false,
      items: [
        item('4.7.2', '产品和服务结果', 'Product and service results', 80, false),
        item('4.7.3', '顾客与市场结果', 'Customer and market results', 80, false),
        item('4.7.4', '财务结果', 'Financial results', 80, false),
        item('4.7.5', '资源结果', 'Resource results', 60, false),
        item('4.7.6', '过程有效性结果', 'Process effectiveness results', 50, false),
        item('4.7.7', '领导方面的结果', 'Leadership results', 50, false),
      ],
    },
  ],
};

export const CRITERIA_TREES: Record<string, CriteriaTree> = {
  [GBT19580_2004.id]: GBT19580_2004,
  [GBT19580_2012.id]: GBT19580_2012,
};
