/**
 * The Vision from children and young people: what they said under each of the
 * nine outcomes, as the seeds give it (quotes verbatim, with only the age and
 * gender the seeds state). Services are linked through each listing's `outcomes`.
 */
import { outcomes } from '../schemas/taxonomy.ts';

export interface VisionQuote {
  text: string;
  /** Attribution exactly as the seed gives it, or undefined when it gives none. */
  who?: string;
  source: string;
}

export interface VisionOutcome {
  value: (typeof outcomes)[number]['value'];
  /** What young people raised under this outcome, in plain words. */
  whatTheySaid: string;
  quotes: readonly VisionQuote[];
}

const seed003 = "Business Case Refresh, Birmingham Children's Partnership, 2021 (seed 003";

export const visionOutcomes: readonly VisionOutcome[] = [
  {
    value: 'reduce-poverty',
    whatTheySaid: 'Young people want an end to poverty, and no need for food banks.',
    quotes: [
      {
        text: 'If we can set a goal to end poverty by 2040. We want there to be no need for food banks. There is a lot of poverty at the moment.',
        who: 'Female, care leaver, age 17',
        source: `${seed003}, lines 1004-1006)`,
      },
    ],
  },
  {
    value: 'good-jobs',
    whatTheySaid:
      'Young people want good jobs in their own city. In a 2019 survey, 70% felt the kind of job they want in the future will be in Birmingham.',
    quotes: [],
  },
  {
    value: 'safe-city-less-bullying',
    whatTheySaid: 'Young people want a city where every area is safe, with less violence, crime and bullying.',
    quotes: [
      {
        text: "I love Birmingham City but some areas do seem deprived of opportunity and filled with violence and crime. There's a clear difference in the amount of money put into some areas such as Sutton Coldfield compared to Aston.",
        who: 'Male, age 15',
        source: `${seed003}, lines 318-320)`,
      },
    ],
  },
  {
    value: 'physical-mental-health',
    whatTheySaid:
      'Young people want to feel valued, and to have somewhere to turn for their mental health whenever they need it.',
    quotes: [
      {
        text: "All I want is a small reminder that I'm valued, loved and supported. Organisations you can go to and call for mental health problems whenever you need.",
        who: 'Male, age 15',
        source: `${seed003}, line 2001)`,
      },
      {
        text: 'Because of my mental illnesses it is impossible for me to work or study at the moment. It is a struggle to look after myself and keep myself safe every day.',
        source: `${seed003}, line 1507)`,
      },
    ],
  },
  {
    value: 'good-education',
    whatTheySaid:
      'Young people want a good education and real opportunities. During the 2020 lockdowns the Youth City Board surveyed young people about learning at home.',
    quotes: [],
  },
  {
    value: 'home-for-every-family',
    whatTheySaid: 'Young people notice homelessness in the city and want a home for every family.',
    quotes: [
      {
        text: 'You can see a lot of homeless people in the city centre in particular.',
        who: 'Female, care leaver, age 17',
        source: `${seed003}, lines 1004-1006)`,
      },
    ],
  },
  {
    value: 'reduce-domestic-abuse',
    whatTheySaid: 'Young people want less domestic abuse, and help for families affected by it.',
    quotes: [],
  },
  {
    value: 'clean-green',
    whatTheySaid: 'Young people want a clean, green and eco-friendly city.',
    quotes: [],
  },
  {
    value: 'happy-inclusive-no-racism',
    whatTheySaid: 'Young people will not tolerate racism or homophobia, and want a happy, inclusive city.',
    quotes: [
      {
        text: "Our generation is not going to tolerate racism and we don't want our city to be that way. There is a big problem with normalised racism. Homophobia is normalised.",
        who: 'Male, age 15',
        source: `${seed003}, lines 541-543)`,
      },
    ],
  },
];
