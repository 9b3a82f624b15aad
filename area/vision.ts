/**
 * The Vision from children and young people: what they said under each of the nine
 * outcomes, as the partnership's business case gives it (quotes verbatim, with only the
 * age and gender it states). Services are linked through each listing's `outcomes`.
 */
const ourCity =
  "Our City: Investing in Children & Family Services, business case refresh, Birmingham Children's Partnership, 2021";

// Checked against the Vision type by src/lib/young/vision.ts.
export const vision = {
  description:
    'Nine things nearly 4,000 young people in Birmingham want for their city, what they said, and the services that help.',
  intro:
    "In autumn 2020, nearly 4,000 children and young people told Birmingham's Young Researchers what they want for their city. The partnership turned what they said into nine outcomes.",
  source: ourCity,
  outcomes: [
    {
      value: 'reduce-poverty',
      whatTheySaid: 'Young people want an end to poverty, and no need for food banks.',
      quotes: [
        {
          text: 'If we can set a goal to end poverty by 2040. We want there to be no need for food banks. There is a lot of poverty at the moment.',
          who: 'Female, care leaver, age 17',
          ref: '003, lines 1004-1006',
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
          ref: '003, lines 318-320',
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
          ref: '003, line 2001',
        },
        {
          text: 'Because of my mental illnesses it is impossible for me to work or study at the moment. It is a struggle to look after myself and keep myself safe every day.',
          ref: '003, line 1507',
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
          ref: '003, lines 1004-1006',
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
          ref: '003, lines 541-543',
        },
      ],
    },
  ],
} as const;
