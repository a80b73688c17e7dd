# statistics: exact averages and spreads in the data's type, medians, modes,
# and the errors for too little data.
import statistics as st
from fractions import Fraction

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [1.5, 2.5, 2.5, 2.75, 3.25, 4.75]
fracs = [Fraction(1, 3), Fraction(2, 3), Fraction(5, 6)]
for data in (ints, floats, fracs, [1, 2.5, 4], [10**20, 1, 2]):
    print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
    print("  ", st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.mean([1, 2, 3]), type(st.mean([1, 2, 3])).__name__, st.mean([1, 2, 3, 4]))
print(st.mode("abracadabra"), st.multimode("aabbbccc"), st.multimode([]), st.mode([3, 1, 1, 3]))
print(st.geometric_mean([1, 2, 4]), st.harmonic_mean([2, 4]), st.harmonic_mean([5]), st.harmonic_mean([1, 0]))
print(st.variance(ints, xbar=5), st.pvariance(ints, mu=5.5), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.mean([float("inf"), 1]), st.variance([1.0, float("nan")]))
for call in (lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.median([]),
             lambda: st.mode([]), lambda: st.pvariance([]), lambda: st.mean(["a"]), lambda: st.harmonic_mean([-1, 2])):
    try:
        call()
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
