namespace Dossier.Core.Models;

/// <summary>
/// Trains a <see cref="SequenceModel"/> with the averaged perceptron: decode each sentence, and
/// where the prediction is wrong move the weights toward the gold tags and away from the
/// predicted ones; the model finally keeps the average of the weights over all steps, which
/// generalises far better than the last ones. The sentence order of each epoch comes from a
/// seeded generator, so a run is reproducible.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly SequenceModel _model;
    private readonly float[] _weights;
    private readonly double[] _weightSums;
    private readonly double[] _transitionSums;
    private int _step = 1;

    public PerceptronTrainer(SequenceModel model)
    {
        _model = model;
        _weights = model.TrainableWeights;
        _weightSums = new double[_weights.Length];
        _transitionSums = new double[model.Transitions.Length];
    }

    public void Epoch(IReadOnlyList<TrainingSentence> data, Random random)
    {
        var order = Enumerable.Range(0, data.Count).ToArray();
        random.Shuffle(order);
        foreach (var index in order)
        {
            var sentence = data[index];
            if (_model.IsGreedy)
            {
                TrainGreedy(sentence);
            }
            else
            {
                TrainViterbi(sentence);
            }

            _step++;
        }
    }

    /// <summary>A copy of the model with the averaged weights (training can go on afterwards).</summary>
    public SequenceModel Averaged()
    {
        var weights = new float[_weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(_weights[i] - (_weightSums[i] / _step));
        }

        var transitions = new float[_model.Transitions.Length];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (float)(_model.Transitions[i] - (_transitionSums[i] / _step));
        }

        return new SequenceModel(_model.Task, _model.Tags, _model.RowBits, new DenseWeights(1 << _model.RowBits, _model.TagCount, weights), transitions, _model.Gazetteer, _model.FirstPass, _model.Clusters, _model.Lexicon);
    }

    /// <summary>The mean of the averaged models of <paramref name="trainers"/>, which share one task, tag set and row count.</summary>
    public static SequenceModel Averaged(IReadOnlyList<PerceptronTrainer> trainers)
    {
        var first = trainers[0].Averaged();
        if (trainers.Count == 1)
        {
            return first;
        }

        var weights = first.TrainableWeights;
        var transitions = first.Transitions;
        for (var k = 1; k < trainers.Count; k++)
        {
            var other = trainers[k].Averaged();
            Add(weights, other.TrainableWeights);
            Add(transitions, other.Transitions);
        }

        Scale(weights, 1f / trainers.Count);
        Scale(transitions, 1f / trainers.Count);
        return first;
    }

    private static void Add(Span<float> sum, ReadOnlySpan<float> values)
    {
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] += values[i];
        }
    }

    private static void Scale(Span<float> values, float factor)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= factor;
        }
    }

    private void TrainViterbi(TrainingSentence sentence)
    {
        var predicted = _model.DecodeViterbi(sentence.Features);
        var gold = sentence.Gold;
        var t = _model.TagCount;
        for (var i = 0; i < gold.Length; i++)
        {
            if (predicted[i] != gold[i])
            {
                foreach (var row in sentence.Features.Token(i))
                {
                    UpdateWeight((row * t) + gold[i], 1);
                    UpdateWeight((row * t) + predicted[i], -1);
                }
            }

            var goldPrevious = i == 0 ? t : gold[i - 1];
            var predictedPrevious = i == 0 ? t : predicted[i - 1];
            if (goldPrevious != predictedPrevious || gold[i] != predicted[i])
            {
                UpdateTransition((goldPrevious * t) + gold[i], 1);
                UpdateTransition((predictedPrevious * t) + predicted[i], -1);
            }
        }
    }

    private void TrainGreedy(TrainingSentence sentence)
    {
        var t = _model.TagCount;
        var gold = sentence.Gold;
        var previous = t;
        _model.DecodeGreedy(sentence.Input, sentence.Features, (i, history, guess) =>
        {
            if (guess != gold[i])
            {
                foreach (var row in sentence.Features.Token(i))
                {
                    UpdateWeight((row * t) + gold[i], 1);
                    UpdateWeight((row * t) + guess, -1);
                }

                foreach (var row in history)
                {
                    UpdateWeight((row * t) + gold[i], 1);
                    UpdateWeight((row * t) + guess, -1);
                }

                UpdateTransition((previous * t) + gold[i], 1);
                UpdateTransition((previous * t) + guess, -1);
            }

            previous = guess;
            return guess;
        });
    }

    private void UpdateWeight(int index, float delta)
    {
        _weights[index] += delta;
        _weightSums[index] += _step * (double)delta;
    }

    private void UpdateTransition(int index, float delta)
    {
        _model.Transitions[index] += delta;
        _transitionSums[index] += _step * (double)delta;
    }
}
