import { lazy, Suspense, type ReactNode } from 'react';
import { SkeletonLines } from '../ui/skeleton';

// Each tab loads with its own code, so the model page does not grow for readers who never open them.
const LazyExplanations = lazy(async () => ({
  default: (await import('../features/explanations/components/explanations-tab')).ExplanationsTab,
}));
const LazyFairness = lazy(async () => ({
  default: (await import('../features/explanations/fairness/fairness-tab')).FairnessTab,
}));

const fallback = <SkeletonLines lines={8} height={24} label="Loading the view" />;

export function ExplanationsTab({ name }: { name: string }): ReactNode {
  return (
    <Suspense fallback={fallback}>
      <LazyExplanations name={name} />
    </Suspense>
  );
}

export function FairnessTab({ name }: { name: string }): ReactNode {
  return (
    <Suspense fallback={fallback}>
      <LazyFairness name={name} />
    </Suspense>
  );
}
